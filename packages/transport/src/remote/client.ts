/**
 * RemoteConnection: a `Connection` whose programs run on a `RemoteServer` (bss2 serve) over TCP.
 *
 * Pipelining: concurrent `execute` calls are all sent at once, each under its own request id; the server
 * queues them (fairly across users) and answers by id, in whatever order they finish.
 *
 * Reconnect / retry policy (at-most-once execution):
 * - opening a session is retried up to `connectAttempts` times, `retryDelayMs` apart (quiggeldy's client
 *   uses 200 attempts x 100 ms, which is our default);
 * - when the session breaks, every request still outstanding rejects with `RemoteDisconnectedError`. They are
 *   NOT resent automatically: the server may already have run them, and running an experiment twice is
 *   worse than reporting the failure. The next `execute` opens a new session (with the same retry policy);
 * - a response for an id this client never issued is a protocol violation: the session is dropped and every
 *   outstanding request rejects with `RemoteProtocolError`.
 */
import { connect as netConnect, type Socket } from 'node:net';
import { userInfo } from 'node:os';
import {
  ConnectionError,
  InvalidArgumentError,
  addTimeInfo,
  checkInt,
  moduleLogger,
  nowNs,
  ZERO_TIME_INFO,
  type Connection,
  type ConnectionTarget,
  type ConnectionTimeInfo,
  type ExecuteOptions,
  type ExecuteResult,
} from '@bss2/fisch';
import { ProgramTooLargeError, RemoteDisconnectedError, RemoteExecutionError, RemoteProtocolError } from '../errors.js';
import { FrameReader, writeFrame } from './framing.js';
import {
  DEFAULT_MAX_PROGRAM_BYTES,
  FRAME_OVERHEAD_BYTES,
  MAX_REQUEST_ID,
  MAX_USER_LENGTH,
  RemoteRequest,
  RemoteResponse,
  RequestKind,
  timeInfoFromWire,
  type RemoteBackendInfo,
  type RemoteRequestProps,
} from './protocol.js';

const log = (): ReturnType<typeof moduleLogger> => moduleLogger('transport.remote.client');

export interface RemoteConnectionOptions {
  /** Server host (default 127.0.0.1). */
  readonly host?: string;
  /** Server port (1..65535). */
  readonly port: number;
  /** Fair-share user name (1..256 characters, default: the OS user name). */
  readonly user?: string;
  /** Attempts to open a session before giving up (1..10000, default 200). */
  readonly connectAttempts?: number;
  /** Pause between attempts in ms (0..60000, default 100). */
  readonly retryDelayMs?: number;
  /** Timeout of one TCP connect in ms (1..600000, default 10000). */
  readonly connectTimeoutMs?: number;
  /** Server-side deadline per program in ms, 0 = none (0..2^32-1, default 0). */
  readonly programTimeoutMs?: number;
  /** Largest accepted response in bytes (8..2^31, default 1280 MiB). */
  readonly maxResponseBytes?: number;
}

interface Pending {
  readonly resolve: (r: { responses: Uint8Array; timeInfo: ConnectionTimeInfo; info: RemoteBackendInfo | undefined }) => void;
  readonly reject: (e: Error) => void;
}

interface ClientSession {
  readonly socket: Socket;
  readonly pending: Map<number, Pending>;
  /** Ids abandoned locally (aborted): their single late answer is consumed silently. */
  readonly abandoned: Set<number>;
  /** First fatal problem of the session, used as the rejection reason of whatever is outstanding. */
  failure: Error | undefined;
  alive: boolean;
}

const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class RemoteConnection implements Connection {
  readonly name = 'remote';
  private readonly host: string;
  private readonly port: number;
  private readonly user: string;
  private readonly connectAttempts: number;
  private readonly retryDelayMs: number;
  private readonly connectTimeoutMs: number;
  private readonly programTimeoutMs: number;
  private readonly maxResponseBytes: number;
  private session: ClientSession | undefined;
  private opening: Promise<ClientSession> | undefined;
  private nextId = 1;
  private info: RemoteBackendInfo = {};
  private total: ConnectionTimeInfo = ZERO_TIME_INFO;
  private isClosed = false;

  private constructor(options: RemoteConnectionOptions) {
    const host = options.host ?? '127.0.0.1';
    if (typeof host !== 'string' || host.length === 0) {
      throw new InvalidArgumentError(`remote.host = ${JSON.stringify(host)} must be a host name or address`);
    }
    this.host = host;
    this.port = checkInt('remote.port', options.port, 1, 65535);
    const user = options.user ?? safeUserName();
    if (typeof user !== 'string' || user.length < 1 || user.length > MAX_USER_LENGTH) {
      throw new InvalidArgumentError(`remote.user = ${JSON.stringify(user)} must have 1..${MAX_USER_LENGTH} characters`);
    }
    this.user = user;
    this.connectAttempts = checkInt('remote.connectAttempts', options.connectAttempts ?? 200, 1, 10000);
    this.retryDelayMs = checkInt('remote.retryDelayMs', options.retryDelayMs ?? 100, 0, 60000);
    this.connectTimeoutMs = checkInt('remote.connectTimeoutMs', options.connectTimeoutMs ?? 10000, 1, 600000);
    this.programTimeoutMs = checkInt('remote.programTimeoutMs', options.programTimeoutMs ?? 0, 0, 0xffff_ffff);
    this.maxResponseBytes = checkInt('remote.maxResponseBytes', options.maxResponseBytes ?? DEFAULT_MAX_PROGRAM_BYTES, 8, 2 ** 31);
  }

  /** Connects (with the retry policy) and fetches the backend description. */
  static async connect(options: RemoteConnectionOptions): Promise<RemoteConnection> {
    const c = new RemoteConnection(options);
    await c.refreshInfo();
    return c;
  }

  get closed(): boolean {
    return this.isClosed;
  }

  /** True while a TCP session to the server is open (the next `execute` reconnects otherwise). */
  get connected(): boolean {
    return this.session?.alive === true;
  }

  get supportedTargets(): readonly ConnectionTarget[] {
    return (this.info.supportedTargets ?? []).filter((t): t is ConnectionTarget => t === 'hardware' || t === 'simulation');
  }

  /** Name of the server's backend, e.g. "sim". */
  get backendName(): string {
    return this.info.name ?? '';
  }

  /** Largest program the server accepts, in bytes. */
  get maxProgramBytes(): number {
    // proto3 has no presence: 0 means the server did not say
    return this.info.maxProgramBytes || DEFAULT_MAX_PROGRAM_BYTES;
  }

  uniqueIdentifier(): string {
    return this.info.uniqueIdentifier ?? '';
  }

  bitfileInfo(): string {
    return this.info.bitfileInfo ?? '';
  }

  timeInfo(): ConnectionTimeInfo {
    return this.total;
  }

  /** Re-reads the server's backend description. */
  async refreshInfo(): Promise<void> {
    const r = await this.request({ kind: RequestKind.INFO }, undefined);
    this.info = r.info ?? {};
  }

  async close(): Promise<void> {
    if (this.isClosed) return;
    this.isClosed = true;
    const s = this.session;
    this.session = undefined;
    if (s) this.fail(s, new ConnectionError('remote connection closed while the request was outstanding', 'E_CLOSED'), true);
  }

  /**
   * Runs a program remotely. The time info is the server backend's, plus this client's own encode and
   * decode time (network latency is visible only in wall-clock measurements).
   */
  async execute(program: Uint8Array, options: ExecuteOptions = {}): Promise<ExecuteResult> {
    if (this.isClosed) throw new ConnectionError('remote connection is closed', 'E_CLOSED');
    if (program.length % 8 !== 0) {
      throw new InvalidArgumentError(`program length = ${program.length} bytes must be a multiple of 8 (whole words)`);
    }
    if (program.length > this.maxProgramBytes) throw new ProgramTooLargeError('program length', program.length, this.maxProgramBytes);
    const req: RemoteRequestProps = { kind: RequestKind.EXECUTE, program, user: this.user };
    if (this.programTimeoutMs > 0) req.options = { timeoutMs: this.programTimeoutMs };
    const r = await this.request(req, options.signal);
    const t = r.timeInfo;
    this.total = addTimeInfo(this.total, t);
    return { responses: r.responses, timeInfo: t };
  }

  private async request(
    req: RemoteRequestProps,
    signal: AbortSignal | undefined,
  ): Promise<{ responses: Uint8Array; timeInfo: ConnectionTimeInfo; info: RemoteBackendInfo | undefined }> {
    if (signal?.aborted) throw new ConnectionError('execution aborted', 'E_ABORTED');
    const session = await this.ensureSession();
    if (signal?.aborted) throw new ConnectionError('execution aborted', 'E_ABORTED');
    if (!session.alive) {
      // the session broke between being opened and this request: nothing was sent, so failing is safe
      throw session.failure ?? new RemoteDisconnectedError(`connection to ${this.host}:${this.port} was lost before sending`);
    }
    const id = this.allocateId(session);
    const t0 = nowNs();
    const payload = RemoteRequest.encode({ ...req, id }).finish();
    const encodeNs = nowNs() - t0;
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        if (!session.pending.delete(id)) return;
        session.abandoned.add(id);
        if (session.alive) writeFrame(session.socket, RemoteRequest.encode({ kind: RequestKind.CANCEL, cancelId: id }).finish());
        reject(new ConnectionError('execution aborted', 'E_ABORTED'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      session.pending.set(id, {
        resolve: (r) => {
          signal?.removeEventListener('abort', onAbort);
          resolve({ ...r, timeInfo: { ...r.timeInfo, encodeNs: r.timeInfo.encodeNs + encodeNs } });
        },
        reject: (e) => {
          signal?.removeEventListener('abort', onAbort);
          reject(e);
        },
      });
      writeFrame(session.socket, payload);
    });
  }

  /** Ids cycle through 1..2^32-1, skipping ids that are still outstanding on the session. */
  private allocateId(session: ClientSession): number {
    for (;;) {
      const id = this.nextId;
      this.nextId = id === MAX_REQUEST_ID ? 1 : id + 1;
      if (!session.pending.has(id) && !session.abandoned.has(id)) return id;
    }
  }

  private ensureSession(): Promise<ClientSession> {
    if (this.session?.alive) return Promise.resolve(this.session);
    this.opening ??= this.openSession().finally(() => {
      this.opening = undefined;
    });
    return this.opening;
  }

  private async openSession(): Promise<ClientSession> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.connectAttempts; attempt++) {
      if (this.isClosed) throw new ConnectionError('remote connection is closed', 'E_CLOSED');
      try {
        const socket = await this.dial();
        const s = this.attach(socket);
        this.session = s;
        log().info('remote session open', { host: this.host, port: this.port, attempt });
        return s;
      } catch (e) {
        lastError = e;
        log().debug('remote connect attempt failed', { attempt, error: (e as Error).message });
        if (attempt < this.connectAttempts) await delay(this.retryDelayMs);
      }
    }
    throw new RemoteDisconnectedError(
      `cannot reach remote executor ${this.host}:${this.port} after ${this.connectAttempts} attempts: ${(lastError as Error).message}`,
      { cause: lastError },
    );
  }

  private dial(): Promise<Socket> {
    return new Promise((resolve, reject) => {
      const socket = netConnect({ host: this.host, port: this.port });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`connect timed out after ${this.connectTimeoutMs} ms`));
      }, this.connectTimeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(socket);
      });
      socket.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
  }

  private attach(socket: Socket): ClientSession {
    socket.setNoDelay(true);
    const s: ClientSession = { socket, pending: new Map(), abandoned: new Set(), failure: undefined, alive: true };
    const reader = new FrameReader(this.maxResponseBytes + FRAME_OVERHEAD_BYTES);
    socket.on('data', (chunk: Buffer) => {
      try {
        for (const frame of reader.push(chunk)) this.onFrame(s, frame);
      } catch (e) {
        this.fail(s, e instanceof ConnectionError ? e : new RemoteProtocolError(`bad response frame: ${(e as Error).message}`, 'E_BAD_FRAME'));
      }
    });
    socket.on('error', (e) => {
      s.failure ??= new RemoteDisconnectedError(`connection to ${this.host}:${this.port} failed: ${e.message}`, { cause: e });
    });
    // The server finished sending: nothing outstanding can be answered any more, and nothing new may be sent.
    socket.on('end', () =>
      this.fail(s, new RemoteDisconnectedError(`connection to ${this.host}:${this.port} was closed by the server with the request outstanding`)),
    );
    socket.on('close', () =>
      this.fail(s, new RemoteDisconnectedError(`connection to ${this.host}:${this.port} closed with the request outstanding`)),
    );
    return s;
  }

  private onFrame(s: ClientSession, frame: Uint8Array): void {
    let res;
    const t0 = nowNs();
    try {
      res = RemoteResponse.decode(frame);
    } catch (e) {
      throw new RemoteProtocolError(`undecodable response frame: ${(e as Error).message}`, 'E_BAD_FRAME');
    }
    if (res.id === 0) {
      // a session-level complaint of the server; it concerns no single request, keep it as the reason in
      // case the server now ends the session (forgotten as soon as the session proves healthy again)
      const err = new RemoteProtocolError(`server reported: ${res.error?.message ?? 'unspecified'}`, res.error?.code || 'E_PROTOCOL');
      log().warn('remote session error', { code: err.code, message: err.message });
      s.failure = err;
      return;
    }
    if (s.failure instanceof RemoteProtocolError) s.failure = undefined;
    if (s.abandoned.delete(res.id)) return;
    const p = s.pending.get(res.id);
    if (!p) throw new RemoteProtocolError(`response for unknown request id ${res.id}`, 'E_UNKNOWN_ID');
    s.pending.delete(res.id);
    if (res.error) {
      p.reject(new RemoteExecutionError(`remote: ${res.error.message ?? ''}`, res.error.code ?? 'E_REMOTE', res.error.name ?? 'Error'));
      return;
    }
    const timeInfo = timeInfoFromWire(res.timeInfo);
    p.resolve({
      responses: res.responses,
      timeInfo: { ...timeInfo, decodeNs: timeInfo.decodeNs + (nowNs() - t0) },
      info: res.info ?? undefined,
    });
  }

  /**
   * Ends a session and rejects everything outstanding on it exactly once, with the first recorded failure of
   * the session (e.g. the server's complaint that preceded the disconnect) unless `own` says the reason given
   * here is the cause (an explicit close).
   */
  private fail(s: ClientSession, reason: Error, own = false): void {
    if (!s.alive) return;
    s.alive = false;
    if (this.session === s) this.session = undefined;
    const why = own ? reason : (s.failure ?? reason);
    for (const p of s.pending.values()) p.reject(why);
    s.pending.clear();
    s.socket.destroy();
  }
}

function safeUserName(): string {
  try {
    return userInfo().username || 'anonymous';
  } catch {
    return 'anonymous';
  }
}
