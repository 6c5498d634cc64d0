/**
 * To-FPGA framing. Every to-FPGA message is exactly one word, so encoding N messages yields N words and no
 * flush padding is ever needed. Decoding drops idle words (MSB set), as the FPGA does.
 */
import { decodeToFpga, emitToFpga, type ToFpgaMessage } from '../ut/to-fpga.js';
import { WordBuffer } from './word-buffer.js';

/** Encodes messages into a word buffer (validating every field). */
export function encodeToFpgaMessages(messages: Iterable<ToFpgaMessage>, into = new WordBuffer()): WordBuffer {
  const sink = (hi: number, lo: number): void => into.push(hi, lo);
  for (const m of messages) emitToFpga(m, sink);
  return into;
}

/** Decodes a to-FPGA word buffer into message objects, skipping idle words (MSB = 1). */
export function decodeToFpgaWords(words: WordBuffer): ToFpgaMessage[] {
  const out: ToFpgaMessage[] = [];
  for (let i = 0; i < words.length; i++) {
    const hi = words.hi(i);
    if (hi & 0x80000000) continue;
    out.push(decodeToFpga(hi, words.lo(i)));
  }
  return out;
}

/** Decodes a big-endian to-FPGA byte stream into message objects. */
export function decodeToFpgaBytes(bytes: Uint8Array): ToFpgaMessage[] {
  return decodeToFpgaWords(WordBuffer.fromBytes(bytes));
}
