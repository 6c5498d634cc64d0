/**
 * Decoded caches of the routing and readout configuration (synapse SRAM, column switches, synapse drivers,
 * PADI buses, crossbar, background sources, CADC). Synapse words are decoded directly from the written value;
 * the small blocks are re-read from the register view when marked dirty.
 */
import {
  BackgroundSpikeSource,
  CADCChannelConfig,
  CADCConfig,
  ColumnCorrelationQuad,
  ColumnCurrentQuad,
  CommonCorrelationConfig,
  CommonPADIBusConfig,
  CommonSTPConfig,
  CROSSBAR_NODES,
  CrossbarNode,
  CrossbarOutputConfig,
  SYNAPSE_DRIVER_ROW_MODES,
  SynapseDriverConfig,
  SynapseLabelQuad,
  SynapseQuad,
  SynapseWeightQuad,
  quadEntryColumn,
  splitQuadEnum,
} from '@bss2/haldls';
import type { RegisterView } from './interface.js';
import {
  Followed,
  backgroundAddresses,
  cadcChannelAddresses,
  cadcConfigAddresses,
  columnCorrelationAddresses,
  columnCurrentAddresses,
  coords,
  correlationAddresses,
  crossbarNodeAddresses,
  crossbarOutputConfigAddress,
  driverAddresses,
  padiBusAddresses,
  quadAddresses,
  readWords,
  stpAddresses,
} from './chip-registers.js';

/** Decoded BackgroundSpikeSource fields. */
export type BackgroundSourceValues = ReturnType<typeof BackgroundSpikeSource.decodeValues>;

/**
 * STP law of the first simulator version (sim_model.md 2.5; the circuit law is not published): utilisation
 * U = (utilization + 1) / 32 per event; recovery time constant 2 us * 2^clock_speed * 16 / (recovery + 1).
 */
export function stpUtilization(utilization: number): number {
  return (utilization + 1) / 32;
}
export function stpRecoveryCycles(clockSpeed: number, recovery: number): number {
  return 250 * 2 ** clockSpeed * (16 / (recovery + 1));
}

export class RoutingState {
  /** Synapse weight (0..63) and label (0..63), index hemisphere*65536 + row*256 + column. */
  readonly weight = new Uint8Array(2 * 65536);
  readonly label = new Uint8Array(2 * 65536);
  /** 1 for a synapse row (hemisphere*256 + row) whose weights or labels changed since the delivery cache saw it. */
  readonly rowChanged = new Uint8Array(512).fill(1);
  /** Column current switches (hemisphere*256 + column). */
  readonly columnExc = new Uint8Array(512);
  readonly columnInh = new Uint8Array(512);
  /** CADC channel connected to the neuron (causal / acausal), hemisphere*256 + column. */
  readonly cadcCausal = new Uint8Array(512);
  readonly cadcAcausal = new Uint8Array(512);
  readonly cadcOffsetCausal = new Int16Array(512);
  readonly cadcOffsetAcausal = new Int16Array(512);
  readonly cadcEnable = new Uint8Array(2);
  readonly cadcAutoCalibrating = new Uint8Array(2);

  readonly driverMask = new Uint8Array(256);
  readonly driverReceiver = new Uint8Array(256);
  readonly driverAddressOut = new Uint8Array(256);
  readonly driverTop = new Uint8Array(256);
  readonly driverBottom = new Uint8Array(256);
  readonly driverHagen = new Uint8Array(256);
  /** STP per driver: 0 off, 1 facilitating (target set 0), 2 depressing (target set 1). */
  readonly driverStp = new Uint8Array(256);
  /** STP utilisation U per event and recovery time constant (cycles; Infinity = no recovery). */
  readonly driverStpU = new Float64Array(256);
  readonly driverStpTau = new Float64Array(256);

  readonly busSpl1 = new Uint8Array(8);
  readonly busDacenExtension = new Uint8Array(8);
  readonly nodeMask = new Uint16Array(76);
  readonly nodeTarget = new Uint16Array(76);
  readonly nodeDropCounter = new Uint8Array(76);
  readonly outputCounterEnable = new Uint8Array(12);
  /** Crossbar output of each node enum (haldls' CROSSBAR_NODES). */
  readonly nodeOutput = Uint8Array.from(CROSSBAR_NODES, ([output]) => output);
  /** Node enums per crossbar input (20 lists). */
  readonly nodesOfInput: readonly Uint8Array[];
  readonly background: BackgroundSourceValues[] = [];

  /** Something in the driver/PADI/crossbar/CADC configuration changed: `refreshConfig` before use. */
  configDirty = true;
  /** Everything must be re-read (construction, chip reset). */
  private fullRefresh = true;
  private readonly driverDirty = new Uint8Array(256);
  private readonly driverDirtyList = new Uint8Array(256);
  private driverDirtyCount = 0;
  private cadcChannelsDirty = true;
  /** Set when a column current switch changed (the model re-derives its effective gains). */
  switchesChanged = true;
  backgroundDirty = true;
  private synapsesLoaded = false;

  constructor() {
    const lists: number[][] = Array.from({ length: 20 }, () => []);
    CROSSBAR_NODES.forEach(([, input], n) => lists[input]!.push(n));
    this.nodesOfInput = lists.map((l) => Uint8Array.from(l));
  }

  /** Full (re)load after construction or chip reset: every synapse and switch word from the register view. */
  loadAll(regs: RegisterView): void {
    const quads = quadAddresses();
    for (let e = 0; e < 32768; e++) {
      // the raw view holds both fields; the split views alias it (haldls.md 2.2), either may have been used
      const w0 = regs.read(quads[e * 4]!) | regs.read(quads[e * 4 + 2]!);
      const w1 = regs.read(quads[e * 4 + 1]!) | regs.read(quads[e * 4 + 3]!);
      const v = SynapseQuad.decodeValues(coords.quad.get(e), [w0, w1]);
      this.setQuad(e, v.weights, true);
      this.setQuad(e, v.labels, false);
    }
    const current = columnCurrentAddresses();
    const correlation = columnCorrelationAddresses();
    for (let e = 0; e < 128; e++) {
      this.setColumnCurrent(e, ColumnCurrentQuad.decodeValues(coords.columnCurrent.get(e), readWords(regs, current, e * 2, 2)));
      const c = ColumnCorrelationQuad.decodeValues(coords.columnCorrelation.get(e), readWords(regs, correlation, e * 4, 4));
      this.setCadcConnect(e, c.enableCadcNeuronReadoutCausal, this.cadcCausal);
      this.setCadcConnect(e, c.enableCadcNeuronReadoutAcausal, this.cadcAcausal);
    }
    this.synapsesLoaded = true;
    this.configDirty = true;
    this.fullRefresh = true;
    this.backgroundDirty = true;
  }

  get loaded(): boolean {
    return this.synapsesLoaded;
  }

  /**
   * Applies a write of `value` to word `word` of a synapse-array container (`kind`) at coordinate enum
   * `coordinate`. Only the written word is decoded: the split views and the raw view alias the same cells,
   * so the other word of a raw quad may be stale.
   */
  applySynapseWrite(kind: number, coordinate: number, word: number, value: number): void {
    switch (kind) {
      case Followed.SynapseWeightQuad:
        return this.setQuad(coordinate, SynapseWeightQuad.decodeValues(coords.weightQuad.get(coordinate), [value]).values, true);
      case Followed.SynapseLabelQuad:
        return this.setQuad(coordinate, SynapseLabelQuad.decodeValues(coords.labelQuad.get(coordinate), [value]).values, false);
      case Followed.SynapseQuad: {
        const v = SynapseQuad.decodeValues(coords.quad.get(coordinate), word === 0 ? [value, 0] : [0, value]);
        return word === 0 ? this.setQuad(coordinate, v.weights, true) : this.setQuad(coordinate, v.labels, false);
      }
      case Followed.ColumnCurrentQuad:
        // word 1 holds the debug switches, which the model does not follow
        if (word === 0) this.setColumnCurrent(coordinate, ColumnCurrentQuad.decodeValues(coords.columnCurrent.get(coordinate), [value, 0]));
        return;
      case Followed.ColumnCorrelationQuad: {
        // words 0/1 hold the correlation-sensor switches, which the model does not follow
        if (word < 2) return;
        const words = [0, 0, 0, 0];
        words[word] = value;
        const c = ColumnCorrelationQuad.decodeValues(coords.columnCorrelation.get(coordinate), words);
        if (word === 2) this.setCadcConnect(coordinate, c.enableCadcNeuronReadoutCausal, this.cadcCausal);
        else this.setCadcConnect(coordinate, c.enableCadcNeuronReadoutAcausal, this.cadcAcausal);
        return;
      }
    }
  }

  /** Stores the four weights or labels of SynapseQuadOnDLS enum `e`. */
  private setQuad(e: number, values: readonly number[], weights: boolean): void {
    const { synram: h, row, quad: q } = splitQuadEnum(e);
    const base = h * 65536 + row * 256;
    this.rowChanged[h * 256 + row] = 1;
    const target = weights ? this.weight : this.label;
    for (let entry = 0; entry < 4; entry++) target[base + quadEntryColumn(q, entry)] = values[entry]!;
  }
  /** ColumnCurrentQuadOnDLS enum `e` = synram * 64 + quad column. */
  private setColumnCurrent(e: number, c: { enableSynapticCurrentExcitatory: readonly boolean[]; enableSynapticCurrentInhibitory: readonly boolean[] }): void {
    const h = e >> 6;
    for (let entry = 0; entry < 4; entry++) {
      const col = h * 256 + quadEntryColumn(e & 63, entry);
      this.columnExc[col] = c.enableSynapticCurrentExcitatory[entry] ? 1 : 0;
      this.columnInh[col] = c.enableSynapticCurrentInhibitory[entry] ? 1 : 0;
      this.switchesChanged = true;
    }
  }
  /** ColumnCorrelationQuadOnDLS enum `e` = synram * 64 + quad column. */
  private setCadcConnect(e: number, connect: readonly boolean[], target: Uint8Array): void {
    const h = e >> 6;
    for (let entry = 0; entry < 4; entry++) target[h * 256 + quadEntryColumn(e & 63, entry)] = connect[entry] ? 1 : 0;
  }

  /**
   * A configuration word of container `kind` at coordinate enum `coordinate` changed (a synapse driver, CADC
   * channel, or one of the common PADI, STP, CADC and crossbar words): marks what `refreshConfig` has to
   * re-read. Only the changed driver or the CADC channel block is re-read then, so a program writing
   * hundreds of such words in a row does not pay a full re-decode per word.
   */
  markConfigWritten(kind: number, coordinate: number): void {
    if (kind === Followed.SynapseDriverConfig) this.markDriverDirty(coordinate);
    else if (kind === Followed.CADCChannelConfig) this.cadcChannelsDirty = true;
    else if (kind === Followed.CommonSTPConfig) {
      // the recovery clock of every driver of that hemisphere
      for (let d = coordinate * 128; d < coordinate * 128 + 128; d++) this.markDriverDirty(d);
    }
    this.configDirty = true;
  }

  private markDriverDirty(d: number): void {
    if (this.driverDirty[d] === 1) return;
    this.driverDirty[d] = 1;
    this.driverDirtyList[this.driverDirtyCount++] = d;
  }

  /** Re-decodes the changed drivers and CADC channels and the common PADI, CADC and crossbar words. */
  refreshConfig(regs: RegisterView): void {
    if (this.fullRefresh) {
      for (let d = 0; d < 256; d++) this.refreshDriver(regs, d);
    } else {
      for (let k = 0; k < this.driverDirtyCount; k++) this.refreshDriver(regs, this.driverDirtyList[k]!);
    }
    this.driverDirty.fill(0);
    this.driverDirtyCount = 0;
    const channels = cadcChannelAddresses();
    for (let h = 0; h < 2; h++) {
      const bus = CommonPADIBusConfig.decodeValues(coords.padiBus.get(h), [regs.read(padiBusAddresses()[h]!)]);
      for (let b = 0; b < 4; b++) {
        this.busSpl1[h * 4 + b] = bus.enableSpl1[b] ? 1 : 0;
        this.busDacenExtension[h * 4 + b] = bus.dacenPulseExtension[b]!;
      }
      this.cadcEnable[h] = CADCConfig.decodeValues(coords.cadcConfig.get(h), [regs.read(cadcConfigAddresses()[h]!)]).enable ? 1 : 0;
      const correlation = CommonCorrelationConfig.decodeValues(coords.correlation.get(h), readWords(regs, correlationAddresses(), h * 4, 4));
      this.cadcAutoCalibrating[h] = correlation.resetMode === 'auto_calibrating' ? 1 : 0;
      if (this.fullRefresh || this.cadcChannelsDirty) {
        // CADCChannelConfigOnDLS enum = synram * 512 + (acausal ? 256 : 0) + column
        for (let col = 0; col < 256; col++) {
          const causal = h * 512 + col;
          const acausal = causal + 256;
          this.cadcOffsetCausal[h * 256 + col] = CADCChannelConfig.decodeValues(coords.cadcChannel.get(causal), [regs.read(channels[causal]!)]).offset;
          this.cadcOffsetAcausal[h * 256 + col] = CADCChannelConfig.decodeValues(coords.cadcChannel.get(acausal), [regs.read(channels[acausal]!)]).offset;
        }
      }
    }
    this.cadcChannelsDirty = false;
    const nodes = crossbarNodeAddresses();
    for (let n = 0; n < 76; n++) {
      const node = CrossbarNode.decodeValues(coords.crossbarNode.get(n), [regs.read(nodes[n]!)]);
      this.nodeMask[n] = node.mask;
      this.nodeTarget[n] = node.target;
      this.nodeDropCounter[n] = node.enableDropCounter ? 1 : 0;
    }
    const oc = CrossbarOutputConfig.decodeValues(coords.crossbarOutputConfig.get(0), [regs.read(crossbarOutputConfigAddress())]);
    for (let o = 0; o < 12; o++) this.outputCounterEnable[o] = oc.enableEventCounter[o] ? 1 : 0;
    this.fullRefresh = false;
    this.configDirty = false;
    this.configVersion++;
  }

  /** Incremented by every `refreshConfig` (dependants compare it to re-derive their caches). */
  configVersion = 0;

  private refreshDriver(regs: RegisterView, d: number): void {
    const c = SynapseDriverConfig.decodeValues(coords.driver.get(d), readWords(regs, driverAddresses(), d * 3, 3));
    this.driverMask[d] = c.rowAddressCompareMask;
    this.driverReceiver[d] = c.enableReceiver ? 1 : 0;
    this.driverAddressOut[d] = c.enableAddressOut ? 1 : 0;
    // row mode code: bit 0 excitatory, bit 1 inhibitory
    this.driverTop[d] = SYNAPSE_DRIVER_ROW_MODES.indexOf(c.rowModeTop);
    this.driverBottom[d] = SYNAPSE_DRIVER_ROW_MODES.indexOf(c.rowModeBottom);
    this.driverHagen[d] = c.enableHagenModulation ? 1 : 0;
    this.driverStp[d] = c.enableStp && !c.enableHagenModulation ? 1 + c.selectTargetVoltages : 0;
    this.driverStpU[d] = stpUtilization(c.utilization);
    const h = d >> 7; // SynapseDriverOnDLS enum = hemisphere * 128 + driver
    const stp = CommonSTPConfig.decodeValues(coords.stp.get(h), [regs.read(stpAddresses()[h]!)]);
    this.driverStpTau[d] = c.enableRecovery && stp.enableRecoveryClock ? stpRecoveryCycles(stp.recoveryClockSpeed, c.recovery) : Infinity;
  }

  refreshBackground(regs: RegisterView): void {
    this.background.length = 0;
    const addresses = backgroundAddresses();
    for (let i = 0; i < 8; i++) this.background.push(BackgroundSpikeSource.decodeValues(coords.background.get(i), readWords(regs, addresses, i * 3, 3)));
    this.backgroundDirty = false;
  }
}
