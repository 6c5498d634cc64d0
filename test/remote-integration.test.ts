import t from 'tap';
import { createServer, type Server } from 'node:net';
import { connect, type Socket } from 'node:net';
import {
  ExecutionError,
  ZeroMockConnection,
  ConnectionError,
  type Connection,
  type ConnectionTarget,
  type ConnectionTimeInfo,
  type ExecuteOptions,
  type ExecuteResult,
} from '@bss2/fisch';
import { FrameReader, RemoteRequest, RemoteResponse, encodeFrame, type RemoteRequestProps } from '@bss2/transport';

const TICK = Uint8Array.of(0x0a, 0, 0, 0, 0, 0, 0, 1);

/** A program of `k` tick loopbacks: its answer has k + 1 messages, which identifies it. */
function ticks(k: number): Uint8Array {
  const out = new Uint8Array(8 * k);
  for (let i = 0; i < k; i++) out.set(TICK, i * 8);
  return out;
}

/**
 * ZeroMock behind a gate: while closed, executions wait. Records the order in which programs start (by
 * their length in words) and honours abort signals, like a real backend would.
 */
class GatedConnection implements Connection {
  readonly name = 'gated';
  readonly supportedTargets: readonly ConnectionTarget[] = ['simulation'];
  readonly started: number[] = [];
  private readonly inner = new ZeroMockConnection();
  private gate: Promise<void> = Promise.resolve();
  private release: () => void = () => undefined;
  failNext: Error | undefined;
  closed = false;

  hold(): void {
    this.gate = new Promise((r) => (this.release = r));
  }

  open(): void {
    this.release();
  }

  uniqueIdentifier(): string {
    return 'gated-setup';
  }

  bitfileInfo(): string {
    return 'version: 1';
  }

  timeInfo(): ConnectionTimeInfo {
    return this.inner.timeInfo();
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  async execute(program: Uint8Array, options: ExecuteOptions = {}): Promise<ExecuteResult> {
    this.started.push(program.length / 8);
    const aborted = new Promise<never>((_, reject) => {
      options.signal?.addEventListener('abort', () => reject(new ConnectionError('aborted', 'E_ABORTED')), { once: true });
    });
    aborted.catch(() => undefined);
    await Promise.race([this.gate, aborted]);
    if (this.failNext) {
      const e = this.failNext;
      this.failNext = undefined;
      throw e;
    }
    return this.inner.execute(program);
  }
}


/** A raw protocol client for poking the server with hand-made frames. */
class RawClient {
  readonly responses: ReturnType<typeof RemoteResponse.decode>[] = [];
  closed = false;
  private waiters: (() => void)[] = [];
  private constructor(readonly socket: Socket) {
    const reader = new FrameReader(1 << 24);
    socket.on('data', (c: Buffer) => {
      for (const f of reader.push(c)) this.responses.push(RemoteResponse.decode(f));
      this.waiters.splice(0).forEach((w) => w());
    });
    socket.on('close', () => {
      this.closed = true;
      this.waiters.splice(0).forEach((w) => w());
    });
  }

  static open(port: number): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const s = connect({ host: '127.0.0.1', port }, () => resolve(new RawClient(s)));
      s.once('error', reject);
    });
  }

  send(req: RemoteRequestProps): void {
    this.socket.write(encodeFrame(RemoteRequest.encode(req).finish()));
  }

  sendRaw(bytes: Uint8Array): void {
    this.socket.write(bytes);
  }

  /** Resolves once `pred` holds (checked after every received frame and on close). */
  async until(pred: () => boolean): Promise<void> {
    while (!pred()) {
      if (this.closed) throw new Error('raw client socket closed');
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }

  close(): void {
    this.socket.destroy();
  }
}

/** Polls `pred` on the event loop until it holds. */
async function eventually(pred: () => boolean): Promise<void> {
  while (!pred()) await new Promise((r) => setTimeout(r, 2));
}

import {
  InvalidArgumentError,
  decodeFromFpgaBytes,
} from '@bss2/fisch';
import {
  ProgramTooLargeError,
  RemoteConnection,
  RemoteDisconnectedError,
  RemoteExecutionError,
  RemoteProtocolError,
  RemoteServer,
  RequestKind,
  frameHeader,
  DEFAULT_REMOTE_PORT,
} from '@bss2/transport';

const LOCAL = '127.0.0.1';

/** Resolves to whether `p` rejects with an error satisfying `pred`. */
async function failsWith(p: Promise<unknown>, pred: (e: unknown) => boolean): Promise<boolean> {
  try {
    await p;
    return false;
  } catch (e) {
    return pred(e);
  }
}

async function setup(options: { maxProgramBytes?: number; maxPendingPerSession?: number } = {}): Promise<{ server: RemoteServer; backend: GatedConnection; port: number }> {
  const backend = new GatedConnection();
  const server = await RemoteServer.listen({ connection: backend, host: LOCAL, port: 0, ...options });
  return { server, backend, port: server.address.port };
}

t.test('several concurrent clients get exactly their own answers', async (t) => {
  const { server, backend, port } = await setup();
  t.equal(server.address.host, LOCAL);
  const clients = await Promise.all(
    ['alice', 'bob', 'carol'].map((user) => RemoteConnection.connect({ host: LOCAL, port, user, connectAttempts: 3, retryDelayMs: 10 })),
  );
  const c0 = clients[0]!;
  t.equal(c0.name, 'remote');
  t.equal(c0.backendName, 'gated');
  t.same(c0.supportedTargets, ['simulation']);
  t.equal(c0.uniqueIdentifier(), 'gated-setup');
  t.equal(c0.bitfileInfo(), 'version: 1');
  t.ok(c0.maxProgramBytes > 1e9);
  const jobs: Promise<void>[] = [];
  clients.forEach((c, ci) => {
    for (let k = 0; k < 15; k++) {
      const words = ci * 15 + k;
      jobs.push(
        c.execute(ticks(words)).then((r) => {
          const msgs = decodeFromFpgaBytes(r.responses);
          if (msgs.length !== words + 1) throw new Error(`program of ${words} ticks got ${msgs.length} answers`);
          if (msgs.at(-1)!.type !== 'system.Loopback') throw new Error('missing halt');
        }),
      );
    }
  });
  await Promise.all(jobs);
  t.pass('45 pipelined programs from 3 clients answered correctly');
  t.equal(server.stats.completed, 45);
  t.equal(server.stats.sessions, 3);
  t.equal(backend.started.length, 45);
  t.ok(c0.timeInfo().executionNs > 0);
  await Promise.all(clients.map((c) => c.close()));
  await server.close();
  t.notOk(backend.closed, 'backend left open unless closeConnection');
});

t.test('queued programs are served round-robin per user', async (t) => {
  const { server, backend, port } = await setup();
  const a = await RemoteConnection.connect({ port, user: 'a' });
  const b = await RemoteConnection.connect({ port, user: 'b' });
  backend.hold();
  const pending: Promise<unknown>[] = [];
  for (const k of [1, 2, 3, 4, 5]) pending.push(a.execute(ticks(k)));
  await eventually(() => server.stats.queued === 4 && server.stats.running === 1);
  for (const k of [11, 12]) pending.push(b.execute(ticks(k)));
  await eventually(() => server.stats.queued === 6);
  backend.open();
  await Promise.all(pending);
  t.same(backend.started, [1, 2, 11, 3, 12, 4, 5]);
  await a.close();
  await b.close();
  await server.close();
});

t.test('every request is answered exactly once, also with cancels, timeouts and disconnects', async (t) => {
  const { server, backend, port } = await setup();
  const raw = await RawClient.open(port);
  backend.hold();
  const N = 40;
  for (let id = 1; id <= N; id++) {
    raw.send({ id, kind: RequestKind.EXECUTE, program: ticks(id % 5), user: `u${id % 3}`, ...(id % 7 === 0 ? { options: { timeoutMs: 5 } } : {}) });
  }
  await eventually(() => server.stats.queued + server.stats.running === N - raw.responses.length);
  for (let id = 3; id <= N; id += 4) raw.send({ kind: RequestKind.CANCEL, cancelId: id });
  // ids 3, 7, 11, ... are cancelled; 7, 14, 21, 28, 35 have a 5 ms deadline (7 and 35 may time out before
  // their cancel arrives, which is then ignored): 13 distinct ids end in an error either way
  await raw.until(() => raw.responses.filter((r) => r.id !== 0 && r.error).length >= 13);
  backend.open();
  await raw.until(() => raw.responses.filter((r) => r.id !== 0).length >= N);
  // a final request acts as a barrier: the server runs one program at a time, so any late duplicate
  // answer of an earlier request would arrive before this one
  raw.send({ id: N + 1, kind: RequestKind.EXECUTE, program: ticks(1) });
  await raw.until(() => raw.responses.some((r) => r.id === N + 1));
  const counts = new Map<number, number>();
  for (const r of raw.responses.filter((x) => x.id !== 0)) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
  t.equal(counts.size, N + 1);
  t.ok([...counts.values()].every((c) => c === 1), 'no id answered twice');
  t.equal(raw.responses.filter((r) => r.id === 0).length, 0, 'late cancels are no protocol violations');
  const errors = raw.responses.filter((r) => r.id !== 0 && r.error);
  t.ok(errors.some((r) => r.error!.code === 'E_TIMEOUT'));
  t.ok(errors.every((r) => ['E_ABORTED', 'E_TIMEOUT'].includes(r.error!.code!)));
  for (const r of raw.responses.filter((x) => !x.error)) {
    t.equal(decodeFromFpgaBytes(r.responses).length, (r.id % 5) + 1, `answer of ${r.id} belongs to it`);
  }
  raw.close();
  // a client vanishing with queued work: its queue is dropped, its running program's result discarded
  const gone = await RawClient.open(port);
  backend.hold();
  for (let id = 1; id <= 5; id++) gone.send({ id, program: ticks(1), user: 'gone' });
  await eventually(() => server.stats.queued === 4);
  gone.close();
  await eventually(() => server.stats.queued === 0 && server.stats.sessions === 0);
  backend.open();
  await eventually(() => server.stats.running === 0);
  await server.close();
});

t.test('protocol violations get typed session errors', async (t) => {
  const { server, backend, port } = await setup({ maxProgramBytes: 64, maxPendingPerSession: 2 });
  const raw = await RawClient.open(port);
  let cursor = 0;
  const next = async (): Promise<(typeof raw.responses)[number]> => {
    const n = cursor++;
    await raw.until(() => raw.responses.length > n);
    return raw.responses[n]!;
  };
  raw.sendRaw(Uint8Array.of(3, 0xff, 0xff, 0xff)); // a frame whose content is no protobuf message
  t.match(await next(), { id: 0, error: { code: 'E_BAD_FRAME' } });
  raw.send({ id: 0, program: ticks(1) });
  t.match(await next(), { id: 0, error: { code: 'E_PROTOCOL' } });
  // a cancel of an id that is not outstanding (maybe just answered) is no violation and gets no answer
  raw.send({ kind: RequestKind.CANCEL, cancelId: 99 });
  raw.send({ id: 5, kind: 7 as (typeof RequestKind)[keyof typeof RequestKind] });
  t.match(await next(), { id: 5, error: { code: 'E_PROTOCOL' } });
  raw.send({ id: 6, program: new Uint8Array(12) });
  t.match(await next(), { id: 6, error: { code: 'E_ARGUMENT', message: /multiple of 8/ } });
  raw.send({ id: 7, program: new Uint8Array(72) });
  t.match(await next(), { id: 7, error: { code: 'E_TOO_LARGE', name: 'ProgramTooLargeError' } });
  raw.send({ id: 8, program: ticks(1), user: 'x'.repeat(300) });
  t.match(await next(), { id: 8, error: { code: 'E_ARGUMENT', message: /256/ } });
  raw.send({ id: 9, kind: RequestKind.INFO });
  t.match(await next(), { id: 9, info: { name: 'gated', maxProgramBytes: 64, serverVersion: 'bss2-remote/1' } });
  backend.hold();
  raw.send({ id: 10, program: ticks(1) });
  raw.send({ id: 10, program: ticks(1) });
  t.match(await next(), { id: 0, error: { code: 'E_DUPLICATE_ID', message: /10/ } });
  raw.send({ id: 11, program: ticks(1) });
  raw.send({ id: 12, program: ticks(1) });
  t.match(await next(), { id: 12, error: { code: 'E_BUSY' } });
  backend.open();
  t.match(await next(), { id: 10 });
  t.match(await next(), { id: 11 });
  // an announced frame beyond the limit cannot be skipped: error, then the session ends
  raw.sendRaw(frameHeader(64 + 64 * 1024 + 1));
  t.match(await next(), { id: 0, error: { code: 'E_TOO_LARGE' } });
  await raw.until(() => raw.closed).catch(() => undefined);
  t.ok(raw.closed);
  await server.close();
});

t.test('client-side limits, errors and aborts', async (t) => {
  const { server, backend, port } = await setup({ maxProgramBytes: 64 });
  const c = await RemoteConnection.connect({ port, user: 'me', programTimeoutMs: 0 });
  await t.rejects(c.execute(new Uint8Array(72)), ProgramTooLargeError);
  await t.rejects(c.execute(new Uint8Array(7)), InvalidArgumentError);
  backend.failNext = new ExecutionError('FPGA reported a playback timeout');
  t.ok(await failsWith(c.execute(ticks(1)), (e: unknown) => e instanceof RemoteExecutionError && e.remoteCode === 'E_EXECUTION' && e.remoteName === 'ExecutionError'));
  // abort a queued and a running request; the rest proceeds
  backend.hold();
  const running = new AbortController();
  const queued = new AbortController();
  const p1 = c.execute(ticks(1), { signal: running.signal });
  const p2 = c.execute(ticks(2), { signal: queued.signal });
  const p3 = c.execute(ticks(3));
  await eventually(() => server.stats.queued === 2);
  queued.abort();
  running.abort();
  await t.rejects(p1, { code: 'E_ABORTED' });
  await t.rejects(p2, { code: 'E_ABORTED' });
  backend.open();
  t.equal(decodeFromFpgaBytes((await p3).responses).length, 4);
  const pre = new AbortController();
  pre.abort();
  await t.rejects(c.execute(ticks(1), { signal: pre.signal }), { code: 'E_ABORTED' });
  // server-side deadline
  const timed = await RemoteConnection.connect({ port, programTimeoutMs: 5 });
  backend.hold();
  t.ok(await failsWith(timed.execute(ticks(1)), (e: unknown) => e instanceof RemoteExecutionError && e.remoteCode === 'E_TIMEOUT'));
  backend.open();
  t.equal(decodeFromFpgaBytes((await c.execute(ticks(1))).responses).length, 2);
  await timed.close();
  // closing with a request outstanding rejects it; later calls reject too
  backend.hold();
  const outstanding = c.execute(ticks(1));
  await eventually(() => server.stats.running === 1);
  await c.close();
  await t.rejects(outstanding, { code: 'E_CLOSED' });
  await t.rejects(c.execute(ticks(1)), { code: 'E_CLOSED' });
  await c.close();
  backend.open();
  await server.close();
  await t.rejects(RemoteConnection.connect({ port: 0 }), { name: 'ValueRangeError', field: 'remote.port' });
  await t.rejects(RemoteConnection.connect({ port: 1, user: '' }), InvalidArgumentError);
  await t.rejects(RemoteConnection.connect({ port: 1, host: '' }), InvalidArgumentError);
  await t.rejects(RemoteConnection.connect({ port: 1, retryDelayMs: -1 }), { name: 'ValueRangeError', field: 'remote.retryDelayMs' });
  await t.rejects(RemoteServer.listen({ connection: backend, maxProgramBytes: 4 }), { name: 'ValueRangeError', field: 'remote.maxProgramBytes' });
  await t.rejects(RemoteServer.listen({ connection: backend, port: 70000 }), { name: 'ValueRangeError', field: 'remote.port' });
  await t.rejects(RemoteServer.listen({ connection: backend, host: '' }), InvalidArgumentError);
  t.equal(DEFAULT_REMOTE_PORT, 5666);
});

t.test('disconnects, reconnects and a misbehaving server', async (t) => {
  // 1. server shuts down: queued requests get E_SHUTDOWN, the running one completes
  const { server, backend, port } = await setup();
  const c = await RemoteConnection.connect({ port, connectAttempts: 50, retryDelayMs: 5 });
  backend.hold();
  const running = c.execute(ticks(1));
  const queued = c.execute(ticks(2));
  await eventually(() => server.stats.queued === 1);
  const closing = server.close();
  t.ok(await failsWith(queued, (e: unknown) => e instanceof RemoteExecutionError && e.remoteCode === 'E_SHUTDOWN'));
  backend.open();
  t.equal(decodeFromFpgaBytes((await running).responses).length, 2);
  await closing;
  await server.close(); // idempotent
  await eventually(() => !c.connected);
  // 2. the next execute reconnects to a new server on the same port
  const again = await RemoteServer.listen({ connection: backend, host: LOCAL, port });
  t.equal(decodeFromFpgaBytes((await c.execute(ticks(3))).responses).length, 4);
  await again.close();
  await eventually(() => !c.connected);
  // 3. nobody listening: typed error after the configured attempts
  t.ok(await failsWith(c.execute(ticks(1)), (e: unknown) => e instanceof RemoteDisconnectedError && /after 50 attempts/.test((e as Error).message)));
  await c.close();
  await t.rejects(RemoteConnection.connect({ port, connectAttempts: 2, retryDelayMs: 1 }), RemoteDisconnectedError);

  // 4. a fake server: drops the session mid-request, answers unknown ids, sends garbage
  let behaviour: 'info-then-drop' | 'unknown-id' | 'garbage' | 'session-error' = 'info-then-drop';
  const fake: Server = createServer((socket) => {
    const reader = new FrameReader(1 << 20);
    socket.on('data', (chunk: Buffer) => {
      for (const f of reader.push(chunk)) {
        const req = RemoteRequest.decode(f);
        if (req.kind === RequestKind.INFO) {
          socket.write(encodeFrame(RemoteResponse.encode({ id: req.id, info: { name: 'fake', supportedTargets: ['hardware', 'bogus'] } }).finish()));
        } else if (behaviour === 'info-then-drop') socket.destroy();
        else if (behaviour === 'unknown-id') socket.write(encodeFrame(RemoteResponse.encode({ id: req.id + 1000 }).finish()));
        else if (behaviour === 'garbage') socket.write(Uint8Array.of(2, 0xff, 0xff));
        else {
          socket.write(encodeFrame(RemoteResponse.encode({ id: 0, error: { code: 'E_TOO_LARGE', message: 'frame too big' } }).finish()));
          socket.end();
        }
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((r) => fake.listen(0, LOCAL, () => r()));
  const fport = (fake.address() as { port: number }).port;
  const fc = await RemoteConnection.connect({ port: fport, connectTimeoutMs: 1000 });
  t.same(fc.supportedTargets, ['hardware']);
  t.equal(fc.uniqueIdentifier(), '');
  t.equal(fc.bitfileInfo(), '');
  await t.rejects(fc.execute(ticks(1)), RemoteDisconnectedError);
  behaviour = 'unknown-id';
  await t.rejects(fc.execute(ticks(1)), { code: 'E_UNKNOWN_ID' });
  behaviour = 'garbage';
  t.ok(await failsWith(fc.execute(ticks(1)), (e: unknown) => e instanceof RemoteProtocolError && e.code === 'E_BAD_FRAME'));
  behaviour = 'session-error';
  await t.rejects(fc.execute(ticks(1)), { code: 'E_TOO_LARGE', message: /frame too big/ });
  await fc.refreshInfo();
  await fc.close();
  await new Promise<void>((r) => fake.close(() => r()));
});

t.test('the simulator behind the server: concurrent clients get the answers a local simulator gives', async (t) => {
  const { SimConnection } = await import('@bss2/sim');
  const server = await RemoteServer.listen({ connection: new SimConnection(), closeConnection: true });
  const { port } = server.address;
  const local = new SimConnection();
  // stateless programs (ticks and register reads), so interleaving between clients cannot change answers
  const READ_0 = Uint8Array.of(0x0b, 0, 0, 0x1f, 0, 0, 0, 0); // omnibus Address(0, all byte enables, isRead)
  const programOf = (k: number): Uint8Array => {
    const p = new Uint8Array(8 * (k + 1));
    p.set(ticks(k), 0);
    p.set(READ_0, 8 * k);
    return p;
  };
  const clients = await Promise.all([0, 1, 2, 3].map((i) => RemoteConnection.connect({ port, user: `sim-user-${i}` })));
  t.equal(clients[0]!.backendName, 'sim');
  t.same(clients[0]!.supportedTargets, ['simulation']);
  const expected = new Map<number, string>();
  for (let k = 0; k < 8; k++) expected.set(k, Buffer.from((await local.execute(programOf(k))).responses).toString('hex'));
  const got = await Promise.all(
    clients.flatMap((c, i) => [0, 1, 2, 3, 4, 5, 6, 7].map(async (k) => [k, Buffer.from((await c.execute(programOf((k + i) % 8))).responses).toString('hex'), (k + i) % 8] as const)),
  );
  t.ok(got.every(([, hex, k]) => hex === expected.get(k)), '32 remote answers equal the local simulator\'s');
  t.equal(server.stats.completed, 32);
  await Promise.all(clients.map((c) => c.close()));
  await server.close();
  await local.close();
});
