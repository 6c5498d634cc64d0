/** Test double: remembers Omnibus writes, answers reads from that memory, can inject extra responses. */
import {
  decodeToFpgaBytes,
  encodeFromFpgaMessages,
  ZERO_TIME_INFO,
  type Connection,
  type ConnectionTarget,
  type ExecuteResult,
  type FromFpgaMessage,
} from '@bss2/fisch';

export class MemoryConnection implements Connection {
  readonly name = 'memory';
  closed = false;
  readonly memory = new Map<number, number>();
  /** Messages appended before the halt acknowledgement on the next execution. */
  inject: FromFpgaMessage[] = [];
  /** Drop this many Omnibus read responses (to provoke missing-response errors). */
  dropReads = 0;
  executed = 0;
  constructor(readonly supportedTargets: readonly ConnectionTarget[] = ['hardware', 'simulation']) {}
  uniqueIdentifier(): string {
    return 'memory';
  }
  bitfileInfo(): string {
    return 'memory';
  }
  timeInfo() {
    return ZERO_TIME_INFO;
  }
  async close(): Promise<void> {
    this.closed = true;
  }
  async execute(program: Uint8Array): Promise<ExecuteResult> {
    this.executed++;
    const out: FromFpgaMessage[] = [];
    let pending: number | null = null;
    let reads = 0;
    for (const m of decodeToFpgaBytes(program)) {
      if (m.type === 'omnibus.Address' && m.isRead) {
        if (reads++ >= this.dropReads) out.push({ type: 'omnibus.Data', value: this.memory.get(m.address) ?? 0 });
      } else if (m.type === 'omnibus.Address') pending = m.address;
      else if (m.type === 'omnibus.Data' && pending !== null) {
        this.memory.set(pending, m.value);
        pending = null;
      } else if (m.type === 'system.Loopback' && m.tick) out.push({ type: 'system.Loopback', tick: true });
    }
    out.push(...this.inject);
    this.inject = [];
    out.push({ type: 'system.Loopback', tick: false });
    return { responses: encodeFromFpgaMessages(out), timeInfo: ZERO_TIME_INFO };
  }
}
