/** `bss2 decode <file>`: turns a to-FPGA or from-FPGA word stream into readable messages. */
import { FromFpgaDecoder, decodeFromFpga, decodeToFpga, WordBuffer, type FromFpgaMessage } from '@bss2/fisch';
import type { CliIo } from '../io.js';
import { describeFromFpga, describeToFpga, hexWord, parseWordStream, readInputFile } from '../program-file.js';

export interface DecodeArgs {
  readonly file: string;
  readonly direction: 'to-fpga' | 'from-fpga';
  readonly inputFormat: 'auto' | 'hex' | 'bin';
  readonly format: 'text' | 'json';
}

export async function decodeCommand(args: DecodeArgs, io: CliIo): Promise<number> {
  const raw = await readInputFile(args.file);
  const bytes = parseWordStream(args.file, raw, args.inputFormat === 'auto' ? undefined : args.inputFormat);
  if (args.direction === 'to-fpga') {
    const words = WordBuffer.fromBytes(bytes);
    const out: unknown[] = [];
    for (let i = 0; i < words.length; i++) {
      const hi = words.hi(i);
      const idle = (hi & 0x80000000) !== 0;
      const msg = idle ? undefined : decodeToFpga(hi, words.lo(i));
      if (args.format === 'json') out.push({ index: i, word: `0x${hexWord(bytes, i * 8)}`, ...(msg ? { message: msg } : { idle: true }) });
      else io.stdout.write(`${String(i).padStart(6)}  ${hexWord(bytes, i * 8)}  ${msg ? describeToFpga(msg) : 'idle'}\n`);
    }
    if (args.format === 'json') io.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  const messages: FromFpgaMessage[] = [];
  const decoder = new FromFpgaDecoder((_op, b, off) => messages.push(decodeFromFpga(b, off)));
  decoder.push(bytes);
  decoder.end();
  if (args.format === 'json') io.stdout.write(JSON.stringify(messages, null, 2) + '\n');
  else messages.forEach((m, i) => io.stdout.write(`${String(i).padStart(6)}  ${describeFromFpga(m)}\n`));
  return 0;
}
