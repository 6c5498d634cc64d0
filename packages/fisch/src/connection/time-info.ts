/** Nanosecond durations accumulated by a connection (hxcomm ConnectionTimeInfo semantics). */
export interface ConnectionTimeInfo {
  /** Time spent turning messages into words. */
  readonly encodeNs: number;
  /** Time spent turning response words back into messages. */
  readonly decodeNs: number;
  /** Time spent handing words to the backend (link, simulator, server). */
  readonly commitNs: number;
  /** Time spent waiting for execution to finish (hardware: includes commit, execution starts while sending). */
  readonly executionNs: number;
}

export const ZERO_TIME_INFO: ConnectionTimeInfo = Object.freeze({ encodeNs: 0, decodeNs: 0, commitNs: 0, executionNs: 0 });

export function addTimeInfo(a: ConnectionTimeInfo, b: ConnectionTimeInfo): ConnectionTimeInfo {
  return {
    encodeNs: a.encodeNs + b.encodeNs,
    decodeNs: a.decodeNs + b.decodeNs,
    commitNs: a.commitNs + b.commitNs,
    executionNs: a.executionNs + b.executionNs,
  };
}

export function subTimeInfo(a: ConnectionTimeInfo, b: ConnectionTimeInfo): ConnectionTimeInfo {
  return {
    encodeNs: a.encodeNs - b.encodeNs,
    decodeNs: a.decodeNs - b.decodeNs,
    commitNs: a.commitNs - b.commitNs,
    executionNs: a.executionNs - b.executionNs,
  };
}

export function formatTimeInfo(t: ConnectionTimeInfo): string {
  return (
    `ConnectionTimeInfo(\n  encode_duration: ${t.encodeNs}ns\n  decode_duration: ${t.decodeNs}ns\n` +
    `  commit_duration: ${t.commitNs}ns\n  execution_duration: ${t.executionNs}ns\n)`
  );
}

/** Monotonic clock in nanoseconds as a JS number (precise to well below a microsecond for days). */
export function nowNs(): number {
  return Number(process.hrtime.bigint());
}
