/**
 * grenade's typed errors. They extend the stack-wide `Bss2Error` of `@bss2/fisch`, so callers can catch
 * every deliberate failure of bss2-os uniformly, and each one names the network element and the violated
 * rule so the user can fix the description without reading the compiler.
 */
import { Bss2Error } from '@bss2/fisch';

/** A network description violates a structural rule (thrown by `NetworkBuilder`). */
export class NetworkDescriptionError extends Bss2Error {
  /** The offending element, e.g. `"projection 3 (instance 0)"`. */
  readonly element: string;
  /** A short machine-readable rule name, e.g. `"connection-index-range"`. */
  readonly rule: string;
  constructor(element: string, rule: string, message: string) {
    super('E_NETWORK', `${element}: ${message} [rule ${rule}]`);
    this.element = element;
    this.rule = rule;
  }
}

/** Routing did not find a hardware configuration (resource exhaustion, label conflicts, timeout). */
export class UnsuccessfulRoutingError extends Bss2Error {
  readonly instance: number;
  constructor(instance: number, message: string, code = 'E_ROUTING') {
    super(code, `execution instance ${instance}: ${message}`);
    this.instance = instance;
  }
}

/**
 * The network cannot fit onto one chip at all (checked before any search, so it fails fast). `resource`
 * names what ran out, `required` / `available` quantify it.
 */
export class NetworkCapacityError extends UnsuccessfulRoutingError {
  readonly resource: string;
  readonly required: number;
  readonly available: number;
  constructor(instance: number, resource: string, required: number, available: number, detail: string) {
    super(instance, `network does not fit: ${detail} needs ${required} ${resource}, only ${available} available`, 'E_CAPACITY');
    this.resource = resource;
    this.required = required;
    this.available = available;
  }
}

/** The produced hardware configuration does not realise exactly the requested connections. */
export class InvalidRoutingError extends Bss2Error {
  readonly instance: number;
  constructor(instance: number, message: string) {
    super('E_INVALID_ROUTING', `execution instance ${instance}: routed configuration is invalid: ${message}`);
    this.instance = instance;
  }
}
