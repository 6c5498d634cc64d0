/**
 * Register writes for the chip-model tests, through the haldls containers (the one home of addresses and
 * bit layouts): a test states fields, haldls encodes the words.
 */
import {
  CADCSampleQuad,
  CADCSampleQuadOnDLS,
  CommonPADIBusConfig,
  CommonPADIBusConfigOnDLS,
  CommonSTPConfig,
  CommonSTPConfigOnDLS,
  CrossbarNodeOnDLS,
  MADCConfig,
  MADCConfigOnDLS,
  MADCControl,
  MADCControlOnDLS,
  PADIEvent,
  PADIEventOnDLS,
  ReadoutSourceSelection,
  ReadoutSourceSelectionOnDLS,
  crossbarNodeEnum,
} from '@bss2/haldls';
import type { RegisterImage } from '../src/physics/index.js';

type Fields<T extends abstract new (...args: never) => unknown> = ConstructorParameters<T>[0];

/** MADCControl command. */
export function madcControl(img: RegisterImage, fields: Fields<typeof MADCControl>): void {
  img.writeContainer(new MADCControl(fields), MADCControlOnDLS.fromEnum(0));
}

/** The whole MADCConfig (defaults plus `fields`), written without the container's write-time warning. */
export function madcConfig(img: RegisterImage, fields: Fields<typeof MADCConfig>): void {
  const coord = MADCConfigOnDLS.fromEnum(0);
  const words = MADCConfig.encodeWords(new MADCConfig(fields), coord);
  MADCConfig.writeAddresses(coord).forEach((a, i) => img.write(a, words[i]!));
}

export type NeuronLine = 'topOdd' | 'topEven' | 'bottomOdd' | 'bottomEven';
/** ReadoutSourceSelection connecting the given neuron lines to source-multiplexer buffers 0 and 1. */
export function readoutLines(img: RegisterImage, buffer0: readonly NeuronLine[], buffer1: readonly NeuronLine[] = []): void {
  const neuronOdd = [false, false, false, false];
  const neuronEven = [false, false, false, false];
  [buffer0, buffer1].forEach((lines, b) => {
    for (const line of lines) {
      const hemisphere = line.startsWith('top') ? 0 : 1;
      (line.endsWith('Odd') ? neuronOdd : neuronEven)[2 * b + hemisphere] = true;
    }
  });
  img.writeContainer(new ReadoutSourceSelection({ neuronOdd, neuronEven }), ReadoutSourceSelectionOnDLS.fromEnum(0));
}

/** PADIEvent on the buses of `busMask` of a hemisphere. */
export function padiEvent(img: RegisterImage, hemisphere: number, busMask: number, rowSelectAddress: number, eventAddress: number): void {
  const fireBus = [0, 1, 2, 3].map((b) => ((busMask >> b) & 1) === 1);
  img.writeContainer(new PADIEvent({ fireBus, rowSelectAddress, eventAddress }), PADIEventOnDLS.fromEnum(hemisphere));
}

/** CommonPADIBusConfig: SPL1 enable per bus of a hemisphere. */
export function padiBuses(img: RegisterImage, hemisphere: number, enableSpl1: boolean[]): void {
  img.writeContainer(new CommonPADIBusConfig({ enableSpl1 }), CommonPADIBusConfigOnDLS.fromEnum(hemisphere));
}

/** CommonSTPConfig: recovery clock of a hemisphere's drivers. */
export function stpClock(img: RegisterImage, hemisphere: number, recoveryClockSpeed: number, enableRecoveryClock = true): void {
  img.writeContainer(new CommonSTPConfig({ recoveryClockSpeed, enableRecoveryClock }), CommonSTPConfigOnDLS.fromEnum(hemisphere));
}

/** Read address of a CADCSampleQuad. */
export function cadcSampleAddress(synram: number, row: number, quadColumn: number, acausal: boolean, buffered: boolean): number {
  const coord = CADCSampleQuadOnDLS.from({ synram, row, quadColumn, channelType: acausal ? 1 : 0, readoutType: buffered ? 1 : 0 });
  return CADCSampleQuad.readAddresses(coord)[0]!;
}

/** The crossbar node from `input` to `output`. */
export function crossbarNode(input: number, output: number): CrossbarNodeOnDLS {
  const e = crossbarNodeEnum(output, input);
  if (e === undefined) throw new RangeError(`crossbar node (input ${input}, output ${output}) does not exist`);
  return CrossbarNodeOnDLS.fromEnum(e);
}
