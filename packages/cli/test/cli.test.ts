/**
 * The `bss2` CLI in-process through `main(argv, io)`: captured stdout/stderr, files in a temporary directory
 * (relative to `io.cwd`), and `serve` stopped through `io.signal`.
 */
import t from 'tap';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeFromFpgaBytes, InvalidArgumentError, ZeroMockConnection, type ToFpgaMessage } from '@bss2/fisch';
import {
  CliError,
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE,
  detectFormat,
  diffJson,
  exitCodeOf,
  formatDump,
  main,
  numberedPath,
  RecordingConnection,
  parseExperiment,
  parseFile,
  parseHexWords,
  registerName,
  type CliIo,
} from '@bss2/cli';
import { RemoteConnection } from '@bss2/transport';

function withResolvers<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

class Capture {
  chunks: string[] = [];
  bytes: Uint8Array[] = [];
  constructor(readonly isTTY = false) {}
  write(chunk: string | Uint8Array): boolean {
    if (typeof chunk === 'string') this.chunks.push(chunk);
    else {
      this.bytes.push(chunk);
      this.chunks.push(Buffer.from(chunk).toString('latin1'));
    }
    return true;
  }
  get text(): string {
    return this.chunks.join('');
  }
}

interface Run {
  code: number;
  out: string;
  err: string;
  stdout: Capture;
}

const dir = await mkdtemp(join(tmpdir(), 'bss2-cli-'));
t.teardown(() => rm(dir, { recursive: true, force: true }));

async function bss2(argv: string[], extra: Partial<CliIo> & { tty?: boolean } = {}): Promise<Run> {
  const stdout = new Capture();
  const stderr = new Capture(extra.tty ?? false);
  const code = await main(argv, { stdout, stderr, cwd: dir, env: {}, ...extra });
  return { code, out: stdout.text, err: stderr.text, stdout };
}

async function put(name: string, content: string | Uint8Array | object): Promise<string> {
  const data = typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content);
  await writeFile(join(dir, name), data);
  return name;
}

const write = (address: number, value: number): ToFpgaMessage[] => [
  { type: 'omnibus.Address', address, byteEnables: 0xf, isRead: false },
  { type: 'omnibus.Data', value },
];
const read = (address: number): ToFpgaMessage[] => [
  { type: 'omnibus.Address', address, byteEnables: 0xf, isRead: true },
];
const tick: ToFpgaMessage = { type: 'system.Loopback', tick: true };
const programFile = (messages: ToFpgaMessage[], extra: object = {}): object => ({ format: 'bss2.program', messages, ...extra });

const experiment = {
  populations: [
    { name: 'input', type: 'external', size: 2 },
    { name: 'exc', type: 'neurons', size: 2, record: true },
  ],
  projections: [{ pre: 'input', post: 'exc', connector: 'one_to_one', weight: 63 }],
  inputs: { input: [[1000, 3000], []] },
  runtime: 5000,
};

t.test('usage: help, version, unknown commands and options', async (t) => {
  const help = await bss2(['--help']);
  t.equal(help.code, EXIT_OK);
  for (const cmd of ['run [options] <file>', 'dump [options] <file>', 'decode [options] <file>', 'diff [options] <a> <b>', 'serve [options]']) {
    t.ok(help.out.includes(cmd), cmd);
  }
  const version = await bss2(['--version']);
  t.equal(version.code, EXIT_OK);
  t.match(version.out, /^0\.1\.0/);
  const none = await bss2([]);
  t.equal(none.code, EXIT_USAGE);
  t.match(none.err, /Usage: bss2/);
  t.equal((await bss2(['frobnicate'])).code, EXIT_USAGE);
  const badChoice = await bss2(['dump', 'x.json', '--format', 'xml']);
  t.equal(badChoice.code, EXIT_USAGE);
  t.match(badChoice.err, /xml.*invalid|Allowed choices/i);
  const badBackend = await bss2(['run', 'x.json', '--backend', 'teleport']);
  t.equal(badBackend.code, EXIT_USAGE);
  t.match(badBackend.err, /--backend/);
  t.equal(exitCodeOf(new CliError('x')), EXIT_USAGE);
  t.equal(exitCodeOf(new CliError('x', EXIT_FAILURE)), EXIT_FAILURE);
  t.equal(exitCodeOf(new InvalidArgumentError('x')), EXIT_USAGE);
  t.equal(exitCodeOf(new Error('x')), EXIT_FAILURE);
});

t.test('dump converts between JSON, protobuf, hex and binary', async (t) => {
  const src = await put('prog.json', programFile([tick, ...write(0x1234, 0xdeadbeef), ...read(0x1234)], { description: 'demo' }));
  const json = await bss2(['dump', src]);
  t.equal(json.code, EXIT_OK);
  const doc = JSON.parse(json.out) as Record<string, unknown>;
  t.match(doc, { format: 'bss2.program', version: 1, description: 'demo', words: ['0x0a00000000000001'] });
  t.equal((doc.messages as unknown[]).length, 4);

  t.equal((await bss2(['dump', src, '-f', 'pb', '-o', 'prog.pb', '-d', 'as protobuf'])).code, EXIT_OK);
  const pb = new Uint8Array(await readFile(join(dir, 'prog.pb')));
  t.equal(detectFormat('noext', pb), 'bin');
  const back = parseFile('prog.pb', pb);
  t.equal(back.kind, 'program');
  if (back.kind === 'program') t.equal(back.program.description, 'as protobuf');
  const fromPb = JSON.parse((await bss2(['dump', 'prog.pb'])).out) as Record<string, unknown>;
  t.same(fromPb.words, doc.words, 'protobuf round trip keeps the words');

  const hex = await bss2(['dump', 'prog.pb', '-f', 'hex']);
  t.match(hex.out, /^# as protobuf\n0a00000000000001 {2}# system::Loopback tick=true\n/);
  await put('prog.hex', hex.out);
  t.same(JSON.parse((await bss2(['dump', 'prog.hex'])).out).words, doc.words, 'hex round trip');

  t.equal((await bss2(['dump', 'prog.hex', '-f', 'bin', '-o', 'prog.bin'])).code, EXIT_OK);
  t.same(JSON.parse((await bss2(['dump', 'prog.bin'])).out).words, doc.words, 'binary round trip');
  const binOut = await bss2(['dump', 'prog.hex', '-f', 'bin']);
  t.equal(binOut.stdout.bytes[0]!.length, 32);

  // words given as strings, with recorded responses
  await put('words.json', { format: 'bss2.program', words: ['0a00000000000001'], responses: ['0x0200000000000001'], backend: 'sim' });
  const withResponses = JSON.parse((await bss2(['dump', 'words.json'])).out) as Record<string, unknown>;
  t.match(withResponses, { backend: 'sim', responses: ['0x0200000000000001'] });
  t.equal((withResponses.responseMessages as unknown[]).length, 1);
  const pbResp = formatDump({ toFpga: new Uint8Array(8), fromFpga: new Uint8Array(8), backend: 'x' }, 'pb') as Uint8Array;
  const reparsed = parseFile('r.pb', pbResp);
  t.ok(reparsed.kind === 'program' && reparsed.program.fromFpga?.length === 8 && reparsed.program.backend === 'x');
});

t.test('dump and decode reject bad input with typed errors and exit code 2', async (t) => {
  const cases: [string, string | Uint8Array | object, RegExp][] = [
    ['broken.json', '{ "format": ', /not valid JSON/],
    ['array.json', '[1, 2]', /must hold a JSON object/],
    ['empty-prog.json', { format: 'bss2.program' }, /needs "words" or "messages"/],
    ['badword.json', { format: 'bss2.program', words: [12] }, /words\[0\] = 12/],
    ['badwords.json', { format: 'bss2.program', words: 'nope' }, /words must be an array/],
    ['bad.hex', '0a000000000000\n', /bad\.hex:1: "0a000000000000" is not a 64-bit word/],
    ['short.bin', new Uint8Array(12), /12 bytes, not a whole number of 64-bit words/],
    ['garbage.pb', Uint8Array.of(0xff, 0xff, 0xff), /not a ProgramDump protobuf/],
    ['v2.pb', Uint8Array.of(0x08, 0x02), /dump version 2 is not supported/],
  ];
  for (const [name, content, message] of cases) {
    await put(name, content);
    const r = await bss2(['dump', name]);
    t.equal(r.code, EXIT_USAGE, name);
    t.match(r.err, message, name);
  }
  const missing = await bss2(['dump', 'nope.json']);
  t.equal(missing.code, EXIT_USAGE);
  t.match(missing.err, /cannot read .*nope\.json/);
  const verbose = await bss2(['-v', 'dump', 'nope.json']);
  t.match(verbose.err, /at .*program-file/, 'stack trace with --verbose');
  t.throws(() => parseHexWords('0x12345678901234567'), /not a 64-bit word/);
  t.same([...parseHexWords('# comment only\n\n0x1, 0x2 # two words')], [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2]);
  await put('exp.json', experiment);
  const decodeExp = await bss2(['decode', 'exp.json']);
  t.equal(decodeExp.code, EXIT_USAGE);
  t.match(decodeExp.err, /experiment, not a word stream/);
});

t.test('decode shows to-FPGA and from-FPGA word streams', async (t) => {
  await put('stream.hex', [
    '# a program',
    '0a00000000000001',
    '8000000000000000 # idle',
    '0b00000000001234 0c000000deadbeef',
  ].join('\n'));
  const text = await bss2(['decode', 'stream.hex']);
  t.equal(text.code, EXIT_OK);
  const lines = text.out.trimEnd().split('\n');
  t.equal(lines.length, 4);
  t.match(lines[0], /^\s+0 {2}0a00000000000001 {2}system::Loopback tick=true$/);
  t.match(lines[1], /idle$/);
  t.match(lines[2], /omnibus_to_fpga::Address address=0x1234/);
  t.match(lines[3], /omnibus_to_fpga::Data value=0xdeadbeef/);
  const json = JSON.parse((await bss2(['decode', 'stream.hex', '-f', 'json'])).out) as Record<string, unknown>[];
  t.match(json[0], { index: 0, word: '0x0a00000000000001', message: { type: 'system.Loopback', tick: true } });
  t.match(json[1], { idle: true });

  // a from-FPGA answer recorded as binary
  const answer = Buffer.from('0200000000000001' + '0200000000000000', 'hex');
  await put('answer.dat', new Uint8Array(answer));
  const from = await bss2(['decode', 'answer.dat', '--direction', 'from-fpga', '-i', 'bin']);
  t.equal(from.code, EXIT_OK);
  t.match(from.out, /Loopback tick=true\n.*Loopback tick=false\n$/);
  const fromJson = JSON.parse((await bss2(['decode', 'answer.dat', '--direction', 'from-fpga', '-f', 'json'])).out);
  t.same(fromJson, [{ type: 'system.Loopback', tick: true }, { type: 'system.Loopback', tick: false }]);
  const asHex = await bss2(['decode', 'stream.hex', '-i', 'hex']);
  t.equal(asHex.out, text.out);
  await put('prog2.json', programFile([tick]));
  t.match((await bss2(['decode', 'prog2.json'])).out, /Loopback tick=true/);
  const truncated = await bss2(['decode', 'answer.dat', '--direction', 'from-fpga', '-i', 'hex']);
  t.equal(truncated.code, EXIT_USAGE);
});

t.test('diff compares the register state two programs leave behind', async (t) => {
  const nameOf0 = registerName(0);
  await put('a.json', programFile([...write(0, 1), ...write(0x10, 5), ...write(0x20, 7), ...read(0x30), ...write(0x20, 8)]));
  // same final state, different order and a redundant write
  await put('b.json', programFile([...write(0x20, 8), ...write(0x10, 4), ...write(0x10, 5), ...write(0, 1)]));
  await put('c.json', programFile([...write(0, 2), ...write(0x10, 5), ...write(0x40, 9)]));
  const same = await bss2(['diff', 'a.json', 'b.json']);
  t.equal(same.code, EXIT_OK);
  t.equal(same.out, '');
  t.match(same.err, /0 differences/);
  const differ = await bss2(['diff', 'a.json', 'c.json']);
  t.equal(differ.code, EXIT_FAILURE, 'like diff(1): 1 when different');
  t.match(differ.err, /3 differences/);
  const lines = differ.out.trimEnd().split('\n');
  t.equal(lines[0], `0x00000000${nameOf0 ? ` ${nameOf0}` : ''}: "0x00000001" -> "0x00000002"`);
  t.match(lines[1], /^0x00000020.*: "0x00000008" -> \(absent\)$/);
  t.match(lines[2], /^0x00000040.*: \(absent\) -> "0x00000009"$/);
  const json = JSON.parse((await bss2(['diff', 'a.json', 'c.json', '-f', 'json'])).out) as Record<string, unknown>[];
  t.match(json[0], { path: '0x00000000', a: '0x00000001', b: '0x00000002' });
  t.notOk('b' in json[1]!);

  await put('e1.json', experiment);
  await put('e2.json', { ...experiment, runtime: 6000, projections: [{ ...experiment.projections[0], weight: 10 }] });
  const exp = await bss2(['diff', 'e1.json', 'e2.json', '-f', 'json']);
  t.equal(exp.code, EXIT_FAILURE);
  t.same(JSON.parse(exp.out), [
    { path: '$.projections[0].weight', a: 63, b: 10 },
    { path: '$.runtime', a: 5000, b: 6000 },
  ]);
  t.same(diffJson({ x: [1] }, { x: {} }), [{ path: '$.x', a: [1], b: {} }]);
  const mixed = await bss2(['diff', 'a.json', 'e1.json']);
  t.equal(mixed.code, EXIT_USAGE);
  t.match(mixed.err, /cannot compare a program with a JSON document/);
});

t.test('run executes programs on local backends', async (t) => {
  await put('run.json', programFile([tick, ...read(0x1234), tick]));
  const text = await bss2(['run', 'run.json', '--backend', 'zeromock']);
  t.equal(text.code, EXIT_OK);
  const lines = text.out.trimEnd().split('\n');
  t.equal(lines.length, 4);
  t.match(lines[0], /Loopback tick=true$/);
  t.match(lines[1], /omnibus_from_fpga::Data value=0$/);
  t.match(lines[3], /Loopback tick=false$/);
  t.match(text.err, /ran 3 words x 1 on zeromock: 4 responses/);

  await put('ticks.json', programFile([tick, tick, tick]));
  const json = await bss2(['run', 'ticks.json', '-b', 'sim', '-f', 'json', '-n', '3', '-o', 'recorded.pb']);
  t.equal(json.code, EXIT_OK, json.err);
  const doc = JSON.parse(json.out) as { backend: string; runs: number; responses: string[]; messages: unknown[]; timeInfo: { executionNs: number } };
  t.equal(doc.backend, 'sim');
  t.equal(doc.runs, 3);
  t.equal(doc.messages.length, 4);
  t.ok(doc.timeInfo.executionNs > 0);
  const recorded = parseFile('recorded.pb', new Uint8Array(await readFile(join(dir, 'recorded.pb'))));
  t.ok(recorded.kind === 'program' && recorded.program.backend === 'sim');
  if (recorded.kind === 'program') t.equal(decodeFromFpgaBytes(recorded.program.fromFpga!).length, 4);

  // progress bar on a terminal, debug logging and time info with --verbose
  const tty = await bss2(['--verbose', 'run', 'run.json', '-b', 'zeromock', '-n', '5', '--output-format', 'json', '-o', 'rec.json'], { tty: true });
  t.equal(tty.code, EXIT_OK);
  t.match(tty.err, /run \[.*\] 5\/5/, 'progress bar drawn');
  t.match(tty.err, /encode/i, 'time info printed with --verbose');
  t.match(JSON.parse(await readFile(join(dir, 'rec.json'), 'utf8')), { backend: 'zeromock', responses: Array });
  const quiet = await bss2(['run', 'run.json', '-b', 'zeromock', '-n', '5']);
  t.notMatch(quiet.err, /\[.*\] 5\/5/, 'no progress bar without a terminal');

  const badRepeat = await bss2(['run', 'run.json', '-b', 'zeromock', '-n', '0']);
  t.equal(badRepeat.code, EXIT_USAGE);
  t.match(badRepeat.err, /--repeat = 0 is out of range: allowed 1\.\.1000000/);
  for (const [n, message] of [['1.5', /must be an integer/], ['lots', /--repeat/], ['99999999999999999999', /out of range/]] as const) {
    const r = await bss2(['run', 'run.json', '-b', 'zeromock', '-n', n]);
    t.equal(r.code, EXIT_USAGE, n);
    t.match(r.err, message, n);
  }
  const aborted = new AbortController();
  aborted.abort();
  const ab = await bss2(['run', 'run.json', '-b', 'zeromock'], { signal: aborted.signal });
  t.equal(ab.code, EXIT_FAILURE);
});

/** Spikes of `experiment` on the local simulator, for the remote comparison below. */
let localSpikes: unknown;

t.test('run builds and runs a JSON network experiment on the simulator', async (t) => {
  await put('net.json', experiment);
  // also records the generated playback program with its answer (experiments are slow on the simulator:
  // every run here does several jobs)
  const r = await bss2(['run', 'net.json', '-o', 'net-run.pb']);
  t.equal(r.code, EXIT_OK, r.err);
  localSpikes = JSON.parse(r.out).spikes;
  const doc = JSON.parse(r.out) as { backend: string; spikes: Record<string, number[][][]>; timings: { compileMs: number } };
  t.equal(doc.backend, 'sim');
  t.same(Object.keys(doc.spikes), ['exc']);
  const [batch] = doc.spikes.exc!;
  t.equal(batch!.length, 2);
  t.ok(batch![0]!.length >= 1, `the driven neuron fires (${batch![0]!.length} spikes)`);
  t.equal(batch![1]!.length, 0, 'the undriven neuron stays silent');
  t.ok(doc.timings.compileMs >= 0);

  t.match(r.err, /recorded 1 program with their responses/);
  const runDump = parseFile('net-run.pb', new Uint8Array(await readFile(join(dir, 'net-run.pb'))));
  t.ok(runDump.kind === 'program' && runDump.program.toFpga.length > 1000 && runDump.program.fromFpga!.length > 8);
  if (runDump.kind === 'program') t.equal(runDump.program.description, 'experiment net.json, program 1 of 1');
  const dumped = await bss2(['dump', 'net.json', '-f', 'pb', '-o', 'net-dump.pb']);
  t.equal(dumped.code, EXIT_OK, dumped.err);
  t.match(dumped.err, /dumped 1 program generated for .*net\.json/);
  const dump = parseFile('net-dump.pb', new Uint8Array(await readFile(join(dir, 'net-dump.pb'))));
  if (dump.kind === 'program' && runDump.kind === 'program') {
    t.same(Buffer.from(dump.program.toFpga), Buffer.from(runDump.program.toFpga), 'dump and run -o record the same program');
    t.equal(dump.program.backend, 'sim');
  } else t.fail('not a program dump');
  const rec = new RecordingConnection(new ZeroMockConnection());
  t.same([rec.name, rec.supportedTargets, rec.uniqueIdentifier(), rec.bitfileInfo()], ['zeromock', rec.supportedTargets, rec.uniqueIdentifier(), rec.bitfileInfo()]);
  const buffer = Uint8Array.of(0x0a, 0, 0, 0, 0, 0, 0, 1);
  await rec.execute(buffer);
  buffer.fill(0);
  t.same([...rec.programs[0]!.toFpga], [0x0a, 0, 0, 0, 0, 0, 0, 1], 'a copy of the program is kept');
  t.equal(rec.programs[0]!.fromFpga!.length, 16);
  t.ok(rec.timeInfo().executionNs >= 0);
  t.notOk(rec.closed);
  await rec.close();
  t.ok(rec.closed);
  t.equal(numberedPath('out.pb', 0, 1), 'out.pb');
  t.equal(numberedPath('out.pb', 1, 3), 'out.2.pb');
  t.equal(numberedPath('dir.x/out', 0, 2), 'dir.x/out.1');

  const invalid: [object, RegExp][] = [
    [{ ...experiment, populations: 3 }, /populations must be a JSON array/],
    [{ ...experiment, populations: [null] }, /populations\[0\] must be a JSON object/],
    [{ ...experiment, populations: [{ name: '', size: 1 }] }, /populations\[0\]\.name must be a non-empty string/],
    [{ ...experiment, populations: [{ name: 'a', size: 0 }] }, /populations\[0\]\.size = 0 is out of range/],
    [{ ...experiment, populations: [{ name: 'a', size: 1, type: 'alien' }] }, /populations\[0\]\.type/],
    [{ ...experiment, populations: [{ name: 'a', size: 1 }, { name: 'a', size: 1 }] }, /"a" is used twice/],
    [{ ...experiment, projections: [{ pre: 'input', post: 'nowhere' }] }, /projections\[0\]\.post = "nowhere" names no population/],
    [{ ...experiment, projections: [{ pre: 'input', post: 'exc', connector: 'list', connections: [[0, 'x']] }] }, /connections\[0\]\[1\]/],
    [{ ...experiment, inputs: { ghost: [] } }, /inputs = "ghost" names no population/],
    [{ ...experiment, inputs: { input: [[-1]] } }, /inputs\.input\[0\]\[0\] = -1/],
    [{ ...experiment, runtime: 0 }, /runtime = 0 is out of range/],
  ];
  for (const [exp, message] of invalid) {
    await put('bad-net.json', exp);
    const bad = await bss2(['run', 'bad-net.json']);
    t.equal(bad.code, EXIT_USAGE, String(message));
    t.match(bad.err, message);
  }
  // list connector, background source and placement are accepted
  const parsed = parseExperiment({
    populations: [
      { name: 'in', type: 'external', size: 2 },
      { name: 'bg', type: 'background', size: 1 },
      { name: 'n', size: 2, placement: [10, 300], record: true },
    ],
    projections: [
      { pre: 'in', post: 'n', connector: 'list', connections: [[0, 1, 63], [1, 0]], weight: 5 },
      { pre: 'in', post: 'n', connector: 'all_to_all', weight: 0, receptor: 'inhibitory' },
    ],
    inputs: { in: [[1000], []] },
    runtime: 3000,
  });
  t.equal(parsed.runtime, 3000);
  t.same([...parsed.inputs], [['in', [[1000], []]]]);
  const built = parsed.build();
  t.same(built.recorded, ['n']);
  t.same([...built.refs.keys()], ['in', 'bg', 'n']);
});

t.test('usb backend fails with a typed error and never crashes', async (t) => {
  await put('u.json', programFile([tick]));
  const r = await bss2(['run', 'u.json', '-b', 'usb', '--vid', '0x1234', '--pid', '0x5678']);
  t.equal(r.code, EXIT_FAILURE);
  t.match(r.err, /bss2: error: .*(USB enumeration failed|no USB device found).*\[E_USB_(UNAVAILABLE|NOT_FOUND)\]/);
  const badVid = await bss2(['run', 'u.json', '-b', 'usb', '--vid', '0x10000', '--pid', '1']);
  t.equal(badVid.code, EXIT_USAGE);
  t.match(badVid.err, /--vid = 65536 is out of range: allowed 0\.\.65535/);
  const noSelector = await bss2(['run', 'u.json', '-b', 'usb']);
  t.equal(noSelector.code, EXIT_USAGE);
  t.match(noSelector.err, /usb\.vendorId \+ usb\.productId or usb\.serialNumber/);
});

t.test('serve fronts a backend for remote clients until the signal', async (t) => {
  await put('r.json', programFile([tick, tick]));
  const stop = new AbortController();
  let address: { host: string; port: number } | undefined;
  const listening = new Promise<void>((resolve) => {
    void bss2(['serve', '--backend', 'zeromock', '--port', '0', '--max-program-bytes', '1024'], {
      signal: stop.signal,
      onListening: (a) => {
        address = a;
        resolve();
      },
    }).then((r) => served.resolve(r));
  });
  const served = withResolvers<Run>();
  await listening;
  const port = String(address!.port);
  const env = { BSS2_REMOTE_PORT: port };
  const results = await Promise.all(
    ['ann', 'ben', 'cid'].map((user) => bss2(['run', 'r.json', '-b', 'remote', '--user', user, '-f', 'json'], { env })),
  );
  for (const r of results) {
    t.equal(r.code, EXIT_OK, r.err);
    t.equal(JSON.parse(r.out).messages.length, 3);
    t.match(r.err, /on remote/);
  }
  await put('big.bin', new Uint8Array(2048));
  const big = await bss2(['run', 'big.bin', '-b', 'remote', '--host', '127.0.0.1', '--port', port]);
  t.equal(big.code, EXIT_FAILURE);
  t.match(big.err, /2048 bytes is out of range: allowed 0\.\.1024 bytes \[E_TOO_LARGE\]/);
  stop.abort();
  const s = await served.promise;
  t.equal(s.code, EXIT_OK);
  t.match(s.err, /serving zeromock on 127\.0\.0\.1:\d+/);
  t.match(s.err, /served 3 programs \(0 failed\)/);

  const unreachable = await bss2(['run', 'r.json', '-b', 'remote', '--port', port, '--connect-attempts', '1']);
  t.equal(unreachable.code, EXIT_FAILURE);
  t.match(unreachable.err, /cannot reach remote executor .* after 1 attempts: .*\[E_DISCONNECTED\]/);
  const remoteOfRemote = await bss2(['serve', '-b', 'remote']);
  t.equal(remoteOfRemote.code, EXIT_USAGE);
  t.match(remoteOfRemote.err, /cannot front another remote executor/);
  const badPort = await bss2(['serve', '-b', 'zeromock', '--port', '70000']);
  t.equal(badPort.code, EXIT_USAGE);
  t.match(badPort.err, /--port = 70000/);
  const emptyHost = await bss2(['run', 'r.json', '-b', 'remote', '--host', '']);
  t.equal(emptyHost.code, EXIT_USAGE);
  // a port that is taken: typed listen error, backend closed again
  const taken = new AbortController();
  taken.abort();
  const first = withResolvers<{ host: string; port: number }>();
  const holder = new AbortController();
  const holding = bss2(['serve', '-b', 'zeromock', '--port', '0'], { signal: holder.signal, onListening: (a) => first.resolve(a) });
  const { port: busy } = await first.promise;
  const clash = await bss2(['serve', '-b', 'zeromock', '--port', String(busy)], { signal: taken.signal });
  t.equal(clash.code, EXIT_FAILURE);
  t.match(clash.err, /cannot listen on 127\.0\.0\.1:\d+.*\[E_LISTEN\]/);
  holder.abort();
  t.equal((await holding).code, EXIT_OK);
});

t.test('an experiment runs on a remote simulator like on a local one', async (t) => {
  await put('remote-net.json', experiment);
  const stop = new AbortController();
  const listening = withResolvers<{ host: string; port: number }>();
  const serving = bss2(['--verbose', 'serve'], { signal: stop.signal, env: { BSS2_REMOTE_PORT: '0' }, onListening: (a) => listening.resolve(a) });
  const { port } = await listening.promise;
  const remote = await bss2(['run', 'remote-net.json', '-b', 'remote', '--port', String(port)]);
  t.equal(remote.code, EXIT_OK, remote.err);
  const r = JSON.parse(remote.out) as { backend: string; spikes: unknown };
  t.equal(r.backend, 'remote');
  if (localSpikes !== undefined) t.same(r.spikes, localSpikes, 'same spikes as the local simulator');
  // with no other main() running, the serve command's --verbose logger is the root: every job is logged
  const direct = await RemoteConnection.connect({ port, user: 'direct' });
  t.match(decodeFromFpgaBytes((await direct.execute(new Uint8Array(0))).responses).at(-1), { type: 'system.Loopback', tick: false });
  await direct.close();
  stop.abort();
  const s = await serving;
  t.equal(s.code, EXIT_OK);
  t.match(s.err, /serving sim on 127\.0\.0\.1/);
  t.match(s.err, /debug \[cli\.serve\] program done/, '--verbose logs every finished program');
});
