/**
 * RemoteServer: fronts one `Connection` (the simulator, a USB board, ...) and executes programs submitted
 * over TCP by any number of clients (the quiggeldy role).
 *
 * Guarantees:
 * - fairness: queued programs are served round-robin per user name, one program at a time on the backend;
 * - exactly one answer per accepted request id (result, or a typed error), never two: a request that is
 *   cancelled or times out while running is answered at that moment and its late result is discarded;
 * - a client that disconnects loses its queued programs (nobody could receive their results); a program
 *   already running completes and its result is dropped;
 * - protocol violations (undecodable frame, id 0, duplicate id) are answered with a session error (response
 *   id 0). An oversized frame cannot be skipped safely, so it also ends the session. A cancel of an id that is
 *   not outstanding is ignored: the request may have finished while the cancel was in flight.
 */
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import {
  ConnectionError,
  InvalidArgumentError,
  checkInt,
  moduleLogger,
  type Connection,
} from '@bss2/fisch';
import { ProgramTooLargeError, RemoteProtocolError } from '../errors.js';
import { FairQueue } from './fair-queue.js';
import { FrameReader, writeFrame } from './framing.js';
import {
  DEFAULT_MAX_PROGRAM_BYTES,
  FRAME_OVERHEAD_BYTES,
  MAX_USER_LENGTH,
  PROTOCOL_VERSION,
  RemoteRequest,
  RemoteResponse,
  RequestKind,
  errorToWire,
  timeInfoToWire,
  type RemoteBackendInfo,
  type RemoteResponseProps,
} from './protocol.js';

const log = (): ReturnType<typeof moduleLogger> => moduleLogger('transport.remote.server');

export interface RemoteServerOptions {
  /** Backend that runs the programs. The server does not close it unless `closeConnection` is set. */
  readonly connection: Connection;
  /** Interface to bind (default 127.0.0.1; use 0.0.0.0 deliberately to serve other hosts). */
  readonly host?: string;
  /** TCP port (0..65535, default 0 = any free port; see `address`). */
  readonly port?: number;
  /** Largest accepted program in bytes (8..2^31, default 1280 MiB). */
  readonly maxProgramBytes?: number;
  /** Most queued + running programs per session (1..1e6, default 10000). */
  readonly maxPendingPerSession?: number;
  /** Close the backend connection in `close()`. */
  readonly closeConnection?: boolean;
  /** Called after every finished program (for progress displays). */
  readonly onJobDone?: (stats: RemoteServerStats) => void;
}

export interface RemoteServerStats {
  readonly sessions: number;
  readonly queued: number;
  readonly running: number;
  readonly completed: number;
  readonly failed: number;
}

interface Session {
  readonly socket: Socket;
  readonly reader: FrameReader;
  readonly peer: string;
  /** Accepted, unanswered requests by id. */
  readonly jobs: Map<number, Job>;
  open: boolean;
}

interface Job {
  readonly session: Session;
  readonly id: number;
  readonly user: string;
  readonly program: Uint8Array;
  readonly abort: AbortController;
  timer: NodeJS.Timeout | undefined;
  running: boolean;
  answered: boolean;
}

export class RemoteServer {
  private readonly server: Server;
  private readonly connection: Connection;
  private readonly maxProgramBytes: number;
  private readonly maxPending: number;
  private readonly closeConnection: boolean;
  private readonly onJobDone: ((stats: RemoteServerStats) => void) | undefined;
  private readonly sessions = new Set<Session>();
  private readonly queue = new FairQueue<Job>();
  private running: Job | undefined;
  private runningDone: Promise<void> = Promise.resolve();
  private completed = 0;
  private failed = 0;
  private closing = false;

  private constructor(options: RemoteServerOptions) {
    this.connection = options.connection;
    this.maxProgramBytes = checkInt('remote.maxProgramBytes', options.maxProgramBytes ?? DEFAULT_MAX_PROGRAM_BYTES, 8, 2 ** 31);
    this.maxPending = checkInt('remote.maxPendingPerSession', options.maxPendingPerSession ?? 10000, 1, 1e6);
    this.closeConnection = options.closeConnection ?? false;
    this.onJobDone = options.onJobDone;
    this.server = createServer((socket) => this.accept(socket));
  }

  /** Starts listening; resolves once the port is bound. */
  static async listen(options: RemoteServerOptions): Promise<RemoteServer> {
    const host = options.host ?? '127.0.0.1';
    if (typeof host !== 'string' || host.length === 0) throw new InvalidArgumentError(`remote.host = ${JSON.stringify(host)} must be a host name or address`);
    const port = checkInt('remote.port', options.port ?? 0, 0, 65535);
    const s = new RemoteServer(options);
    await new Promise<void>((resolve, reject) => {
      s.server.once('error', (e) => reject(new ConnectionError(`cannot listen on ${host}:${port}: ${e.message}`, 'E_LISTEN', { cause: e })));
      s.server.listen(port, host, () => resolve());
    });
    log().info('remote server listening', { host, port: s.address.port, backend: s.connection.name });
    return s;
  }

  get address(): { host: string; port: number } {
    const a = this.server.address() as AddressInfo;
    return { host: a.address, port: a.port };
  }

  get stats(): RemoteServerStats {
    return {
      sessions: this.sessions.size,
      queued: this.queue.size,
      running: this.running ? 1 : 0,
      completed: this.completed,
      failed: this.failed,
    };
  }

  /**
   * Stops accepting, answers queued programs with `E_SHUTDOWN`, lets the running one finish, then closes
   * every session (and the backend if `closeConnection`).
   */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    const closed = new Promise<void>((r) => this.server.close(() => r()));
    for (const job of this.queue.removeWhere(() => true)) {
      this.answerError(job, new ConnectionError('remote server is shutting down', 'E_SHUTDOWN'));
    }
    await this.runningDone;
    for (const s of this.sessions) s.socket.end();
    for (const s of this.sessions) s.socket.destroy();
    await closed;
    if (this.closeConnection) await this.connection.close();
    log().info('remote server closed');
  }

  private accept(socket: Socket): void {
    const session: Session = {
      socket,
      reader: new FrameReader(this.maxProgramBytes + FRAME_OVERHEAD_BYTES),
      peer: `${socket.remoteAddress}:${socket.remotePort}`,
      jobs: new Map(),
      open: true,
    };
    if (this.closing) {
      socket.destroy();
      return;
    }
    this.sessions.add(session);
    socket.setNoDelay(true);
    log().info('client connected', { peer: session.peer });
    socket.on('data', (chunk: Buffer) => {
      let frames: Uint8Array[];
      try {
        frames = session.reader.push(chunk);
      } catch (e) {
        // The stream position is lost (oversized or garbage length prefix): report and end the session.
        this.sessionError(session, e);
        socket.end();
        this.dropSession(session);
        return;
      }
      for (const f of frames) this.onFrame(session, f);
    });
    socket.on('error', (e) => log().warn('client socket error', { peer: session.peer, error: e.message }));
    socket.on('close', () => this.dropSession(session));
  }

  private dropSession(session: Session): void {
    if (!session.open) return;
    session.open = false;
    this.sessions.delete(session);
    const dropped = this.queue.removeWhere((j) => j.session === session);
    for (const j of dropped) this.finishJob(j);
    for (const j of session.jobs.values()) {
      // the running job's result can reach nobody: stop it if the backend supports aborting, drop it otherwise
      j.answered = true;
      if (j.timer) clearTimeout(j.timer);
      j.abort.abort();
    }
    session.jobs.clear();
    log().info('client disconnected', { peer: session.peer, droppedQueued: dropped.length });
  }

  private onFrame(session: Session, frame: Uint8Array): void {
    if (!session.open) return;
    let req;
    try {
      req = RemoteRequest.decode(frame);
    } catch (e) {
      this.sessionError(session, new RemoteProtocolError(`undecodable request frame: ${(e as Error).message}`, 'E_BAD_FRAME'));
      return;
    }
    if (req.kind === RequestKind.CANCEL) return this.cancel(session, req.cancelId);
    if (req.id === 0) {
      this.sessionError(session, new RemoteProtocolError('request id 0 is reserved for session errors', 'E_PROTOCOL'));
      return;
    }
    if (session.jobs.has(req.id)) {
      this.sessionError(session, new RemoteProtocolError(`request id ${req.id} is already outstanding`, 'E_DUPLICATE_ID'));
      return;
    }
    if (req.kind === RequestKind.INFO) {
      this.send(session, { id: req.id, info: this.info() });
      return;
    }
    if (req.kind !== RequestKind.EXECUTE) {
      this.send(session, { id: req.id, error: errorToWire(new RemoteProtocolError(`unknown request kind ${req.kind}`, 'E_PROTOCOL')) });
      return;
    }
    const reject = (e: unknown): void => {
      this.failed++;
      this.send(session, { id: req.id, error: errorToWire(e) });
    };
    if (req.program.length > this.maxProgramBytes) return reject(new ProgramTooLargeError('program length', req.program.length, this.maxProgramBytes));
    if (req.program.length % 8 !== 0) {
      return reject(new InvalidArgumentError(`program length = ${req.program.length} bytes must be a multiple of 8 (whole words)`));
    }
    if (req.user.length > MAX_USER_LENGTH) {
      return reject(new InvalidArgumentError(`user name of ${req.user.length} characters exceeds ${MAX_USER_LENGTH}`));
    }
    if (session.jobs.size >= this.maxPending) {
      return reject(new ConnectionError(`session already has ${session.jobs.size} outstanding programs (limit ${this.maxPending})`, 'E_BUSY'));
    }
    if (this.closing) return reject(new ConnectionError('remote server is shutting down', 'E_SHUTDOWN'));
    const job: Job = {
      session,
      id: req.id,
      user: req.user || 'anonymous',
      program: req.program,
      abort: new AbortController(),
      timer: undefined,
      running: false,
      answered: false,
    };
    const timeoutMs = req.options?.timeoutMs ?? 0;
    if (timeoutMs > 0) {
      job.timer = setTimeout(() => {
        if (!job.running) this.queue.removeWhere((j) => j === job);
        job.abort.abort();
        this.answerError(job, new ConnectionError(`program did not finish within its ${timeoutMs} ms deadline`, 'E_TIMEOUT'));
      }, timeoutMs);
    }
    session.jobs.set(job.id, job);
    this.queue.push(job.user, job);
    this.pump();
  }

  private cancel(session: Session, id: number): void {
    const job = session.jobs.get(id);
    if (!job) {
      // Not a protocol violation: the request may have been answered while the cancel was on its way (its
      // answer is already with the client, which discards it). A cancel therefore never gets an answer.
      log().debug('cancel of a request that is not outstanding', { peer: session.peer, id });
      return;
    }
    if (!job.running) this.queue.removeWhere((j) => j === job);
    job.abort.abort();
    this.answerError(job, new ConnectionError(`request ${id} was cancelled by the client`, 'E_ABORTED'));
  }

  private info(): RemoteBackendInfo {
    const c = this.connection;
    return {
      name: c.name,
      supportedTargets: [...c.supportedTargets],
      uniqueIdentifier: c.uniqueIdentifier(),
      bitfileInfo: c.bitfileInfo(),
      maxProgramBytes: this.maxProgramBytes,
      serverVersion: PROTOCOL_VERSION,
    };
  }

  /** Starts the next queued program if the backend is idle. */
  private pump(): void {
    if (this.running) return;
    const job = this.queue.shift();
    if (!job) return;
    job.running = true;
    this.running = job;
    this.runningDone = this.runJob(job).finally(() => {
      this.running = undefined;
      this.onJobDone?.(this.stats);
      this.pump();
    });
  }

  private async runJob(job: Job): Promise<void> {
    try {
      const result = await this.connection.execute(job.program, { signal: job.abort.signal });
      if (job.answered) return;
      this.completed++;
      job.answered = true;
      this.finishJob(job);
      this.send(job.session, { id: job.id, responses: result.responses, timeInfo: timeInfoToWire(result.timeInfo) });
    } catch (e) {
      if (!job.answered) log().warn('program failed', { user: job.user, error: (e as Error).message });
      this.answerError(job, e);
    }
  }

  private answerError(job: Job, e: unknown): void {
    if (job.answered) return;
    job.answered = true;
    this.failed++;
    this.finishJob(job);
    this.send(job.session, { id: job.id, error: errorToWire(e) });
  }

  private finishJob(job: Job): void {
    if (job.timer) clearTimeout(job.timer);
    job.session.jobs.delete(job.id);
  }

  private sessionError(session: Session, e: unknown): void {
    log().warn('protocol violation', { peer: session.peer, error: (e as Error).message });
    this.send(session, { id: 0, error: errorToWire(e) });
  }

  private send(session: Session, response: RemoteResponseProps): void {
    if (!session.open || session.socket.destroyed) return;
    writeFrame(session.socket, RemoteResponse.encode(response).finish());
  }
}
