/**
 * Typed errors shared by the whole stack. Every error names the offending value and, where one exists,
 * the allowed range, so a researcher can fix the input without reading the source.
 */

/** Base class of every error thrown deliberately by bss2-os. `code` is stable and machine-readable. */
export class Bss2Error extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

function formatValue(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) {
    return String(value);
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A value lies outside its allowed range (or is not an integer where one is required). */
export class ValueRangeError extends Bss2Error {
  readonly field: string;
  readonly value: unknown;
  readonly min: number | bigint;
  readonly max: number | bigint;
  constructor(field: string, value: unknown, min: number | bigint, max: number | bigint, detail?: string) {
    super(
      'E_RANGE',
      `${field} = ${formatValue(value)} is out of range: allowed ${formatValue(min)}..${formatValue(max)}` +
        (detail ? ` (${detail})` : ''),
    );
    this.field = field;
    this.value = value;
    this.min = min;
    this.max = max;
  }
}

/** A value has the wrong type (e.g. a float where an integer is required, a string where a number is). */
export class ValueTypeError extends Bss2Error {
  readonly field: string;
  readonly value: unknown;
  readonly expected: string;
  constructor(field: string, value: unknown, expected: string) {
    super('E_TYPE', `${field} = ${formatValue(value)} has the wrong type: expected ${expected}`);
    this.field = field;
    this.value = value;
    this.expected = expected;
  }
}

/** A header in the word stream names no instruction of the dictionary. */
export class UnknownOpcodeError extends Bss2Error {
  readonly opcode: number;
  readonly direction: 'to_fpga' | 'from_fpga';
  constructor(direction: 'to_fpga' | 'from_fpga', opcode: number, dictionarySize: number) {
    super(
      'E_OPCODE',
      `Unknown UT message header ${opcode} in ${direction} stream: allowed 0..${dictionarySize - 1}`,
    );
    this.opcode = opcode;
    this.direction = direction;
  }
}

/** A message header had its comma bit (MSB) set where a message, not idle, was expected. */
export class CommaBitError extends Bss2Error {
  readonly header: number;
  constructor(header: number, where: string) {
    super('E_COMMA', `comma bit set in UT message header 0x${header.toString(16)} ${where}`);
    this.header = header;
  }
}

/** A word stream ended in the middle of a message, or its byte length is not a whole number of words. */
export class TruncatedStreamError extends Bss2Error {
  readonly missingBytes: number;
  constructor(message: string, missingBytes: number) {
    super('E_TRUNCATED', message);
    this.missingBytes = missingBytes;
  }
}

/** A ticket was read before the program that owns it ran and delivered its responses. */
export class TicketNotReadyError extends Bss2Error {
  constructor(what: string) {
    super('E_TICKET', `Data not available: ${what}`);
  }
}

/** A container/coordinate combination that cannot be written or read was used that way. */
export class AccessError extends Bss2Error {
  constructor(message: string) {
    super('E_ACCESS', message);
  }
}

/** The FPGA reported a playback-instruction timeout, or an expected response never came. */
export class ExecutionError extends Bss2Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super('E_EXECUTION', message, options);
  }
}

/** Transport-level failures: not connected, device missing, peer gone, protocol violation. */
export class ConnectionError extends Bss2Error {
  constructor(message: string, code = 'E_CONNECTION', options?: { cause?: unknown }) {
    super(code, message, options);
  }
}

/** Generic invalid-argument error for inputs that are neither a range nor a type problem. */
export class InvalidArgumentError extends Bss2Error {
  constructor(message: string) {
    super('E_ARGUMENT', message);
  }
}

/** An I2C response word had bit 31 set: the device did not acknowledge, the data is invalid. */
export class I2CAckMissingError extends Bss2Error {
  readonly register: string;
  readonly response: number;
  constructor(register: string, response: number) {
    super('E_I2C_ACK', `I2C ack missing, data invalid: ${register} response 0x${response.toString(16)}`);
    this.register = register;
    this.response = response;
  }
}
