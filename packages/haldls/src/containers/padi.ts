/**
 * PADI bus event injection and per-hemisphere bus / short-term-plasticity settings (haldls.md 1.5, 3.10).
 * Each hemisphere's PADI block holds the event trigger at +0, the bus config at +1 and the STP config at +2.
 */
import { checkInt } from '@bss2/fisch';
import { CommonPADIBusConfigOnDLS, CommonSTPConfigOnDLS, PADIEventOnDLS } from '../coordinates/catalog.js';
import { defineContainer } from '../define.js';
import { at } from '../layout.js';
import { bool, boolArray, intArray, uint } from '../fields.js';

const PADI_BASE = [0x0011_0000, 0x0011_8000] as const;

/** Sends one event (synapse label + row select) onto the selected PADI buses of a hemisphere (write-only). */
export const PADIEvent = defineContainer({
  name: 'PADIEvent',
  coordinate: PADIEventOnDLS,
  fields: [boolArray('fireBus', 4), uint('eventAddress', 6), uint('rowSelectAddress', 5)],
  writeAddresses: (c) => [PADI_BASE[c.toEnum()]!],
  layout: { fireBus: at(0, 0, { stride: { bit: 1 } }), eventAddress: at(0, 16), rowSelectAddress: at(0, 22) },
});
export type PADIEvent = InstanceType<typeof PADIEvent>;

/**
 * Hagen (vector-matrix multiplication) view of a PADI event address: bit 5 selects the address, bits 4..0
 * carry the activation.
 */
export function padiHagenView(eventAddress: number): { hagenAddress: number; hagenActivation: number } {
  checkInt('PADIEvent.eventAddress', eventAddress, 0, 63);
  return { hagenAddress: eventAddress >> 5, hagenActivation: eventAddress & 0x1f };
}

/** The PADI event address of a Hagen-mode (address 0..1, activation 0..31) pair. */
export function padiEventAddressFromHagen(hagenAddress: number, hagenActivation: number): number {
  return (checkInt('PADIEvent.hagenAddress', hagenAddress, 0, 1) << 5) | checkInt('PADIEvent.hagenActivation', hagenActivation, 0, 31);
}

/** Per-bus SPL1 (external event) enable, extended timing and DAC-enable pulse extension of a hemisphere. */
export const CommonPADIBusConfig = defineContainer({
  name: 'CommonPADIBusConfig',
  coordinate: CommonPADIBusConfigOnDLS,
  differentialWrite: true,
  unsupportedReadTargets: ['hardware'],
  fields: [boolArray('enableSpl1', 4), boolArray('enableExtendedTiming', 4), intArray('dacenPulseExtension', 4, 0, 15)],
  addresses: (c) => [PADI_BASE[c.toEnum()]! + 1],
  layout: {
    enableSpl1: at(0, 0, { stride: { bit: 1 } }),
    enableExtendedTiming: at(0, 4, { stride: { bit: 1 } }),
    dacenPulseExtension: at(0, 16, { stride: { bit: 4 } }),
  },
});
export type CommonPADIBusConfig = InstanceType<typeof CommonPADIBusConfig>;

/** Short-term-plasticity recovery clock of a hemisphere's synapse drivers. */
export const CommonSTPConfig = defineContainer({
  name: 'CommonSTPConfig',
  coordinate: CommonSTPConfigOnDLS,
  differentialWrite: true,
  unsupportedReadTargets: ['hardware', 'simulation'],
  fields: [bool('enableRecoveryClock'), uint('recoveryClockSpeed', 4)],
  addresses: (c) => [PADI_BASE[c.toEnum()]! + 2],
  layout: { enableRecoveryClock: at(0, 4), recoveryClockSpeed: at(0, 0) },
});
export type CommonSTPConfig = InstanceType<typeof CommonSTPConfig>;
