/**
 * Decoded caches of the routing and readout configuration (synapse SRAM, column switches, synapse drivers,
 * PADI buses, crossbar, background sources, CADC). Synapse words are decoded directly from the written value;
 * the small blocks are re-read from the register view when marked dirty.
 */
import type { RegisterView } from './interface.js';
import { columnOfQuad, permuteWeight } from './layout.js';
import {
  CROSSBAR_BASE,
  CROSSBAR_NODE_BASE,
  CROSSBAR_NODE_INPUT,
  backgroundSourceAddress,
  cadcChannelConfigAddress,
  cadcConfigAddress,
  commonCorrelationConfigAddress,
  commonPadiBusConfigAddress,
  commonStpConfigAddress,
  decodeBackgroundSource,
  decodeSynapseDriver,
  synapseDriverAddress,
  synapseRawAddress,
  synapseViewAddress,
  type BackgroundSourceBits,
  type SynapseAccess,
} from './layout-routing.js';

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
  /** Node enums per crossbar input (20 lists). */
  readonly nodesOfInput: readonly Uint8Array[];
  readonly background: BackgroundSourceBits[] = [];

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
    for (let n = 0; n < 76; n++) lists[CROSSBAR_NODE_INPUT[n]!]!.push(n);
    this.nodesOfInput = lists.map((l) => Uint8Array.from(l));
  }

  /** Full (re)load after construction or chip reset: every synapse and switch word from the register view. */
  loadAll(regs: RegisterView): void {
    for (let h = 0; h < 2; h++) {
      for (let row = 0; row < 256; row++) {
        for (let q = 0; q < 64; q++) {
          // the raw view holds both fields; the split views alias it (haldls.md 2.2), either may have been used
          const w0 = regs.read(synapseRawAddress(h, row, q, 0)) | regs.read(synapseViewAddress(h, 'weight', row, q));
          const w1 = regs.read(synapseRawAddress(h, row, q, 1)) | regs.read(synapseViewAddress(h, 'label', row, q));
          this.setQuad(h, row, q, w0, true);
          this.setQuad(h, row, q, w1, false);
        }
      }
      for (let q = 0; q < 64; q++) {
        this.setColumnCurrent(h, q, regs.read(synapseViewAddress(h, 'evenMsb', 256, q)));
        this.setCadcConnect(h, q, 2, regs.read(synapseViewAddress(h, 'weight', 256, q)));
        this.setCadcConnect(h, q, 3, regs.read(synapseViewAddress(h, 'label', 256, q)));
      }
    }
    this.synapsesLoaded = true;
    this.configDirty = true;
    this.fullRefresh = true;
    this.backgroundDirty = true;
  }

  get loaded(): boolean {
    return this.synapsesLoaded;
  }

  /** Applies a write to a synapse-array view. */
  applySynapseWrite(a: SynapseAccess, value: number): void {
    switch (a.kind) {
      case 'weight':
        return this.setQuad(a.hemisphere, a.row, a.quad, value, true);
      case 'label':
        return this.setQuad(a.hemisphere, a.row, a.quad, value, false);
      case 'raw':
        return this.setQuad(a.hemisphere, a.row, a.quad, value, a.word === 0);
      case 'columnCurrent':
        if (a.word === 0) this.setColumnCurrent(a.hemisphere, a.quad, value);
        return;
      case 'columnCorrelation':
        return this.setCadcConnect(a.hemisphere, a.quad, a.word, value);
      case 'cadcSample':
        return;
    }
  }

  private setQuad(h: number, row: number, q: number, word: number, weights: boolean): void {
    const base = h * 65536 + row * 256;
    this.rowChanged[h * 256 + row] = 1;
    for (let e = 0; e < 4; e++) {
      const v = (word >>> (8 * (3 - e))) & 0x3f;
      const col = columnOfQuad(q, e);
      if (weights) this.weight[base + col] = permuteWeight(v);
      else this.label[base + col] = v;
    }
  }
  private setColumnCurrent(h: number, q: number, word: number): void {
    for (let e = 0; e < 4; e++) {
      const b = (word >>> (8 * (3 - e))) & 0xff;
      const col = h * 256 + columnOfQuad(q, e);
      this.columnExc[col] = b & 1;
      this.columnInh[col] = (b >> 1) & 1;
      this.switchesChanged = true;
    }
  }
  private setCadcConnect(h: number, q: number, word: 2 | 3, value: number): void {
    const target = word === 2 ? this.cadcCausal : this.cadcAcausal;
    for (let e = 0; e < 4; e++) target[h * 256 + columnOfQuad(q, e)] = (value >>> (8 * (3 - e) + 5)) & 1;
  }

  /**
   * A configuration word at `address` changed (a synapse driver, CADC channel, or one of the common PADI,
   * STP, CADC and crossbar words): marks what `refreshConfig` has to re-read. Only the changed driver or the
   * CADC channel block is re-read then, so a program writing hundreds of such words in a row does not pay
   * a full re-decode per word.
   */
  markConfigWritten(address: number, driver: number | undefined, cadcChannel: boolean): void {
    if (driver !== undefined) this.markDriverDirty(driver);
    else if (cadcChannel) this.cadcChannelsDirty = true;
    else if (address === 0x0011_0002 || address === 0x0011_8002) {
      // CommonSTPConfig: the recovery clock of every driver of that hemisphere
      const h = address === 0x0011_0002 ? 0 : 1;
      for (let d = h * 128; d < h * 128 + 128; d++) this.markDriverDirty(d);
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
    for (let h = 0; h < 2; h++) {
      const w = regs.read(commonPadiBusConfigAddress(h));
      for (let b = 0; b < 4; b++) {
        this.busSpl1[h * 4 + b] = (w >>> b) & 1;
        this.busDacenExtension[h * 4 + b] = (w >>> (16 + 4 * b)) & 15;
      }
      const cfg = regs.read(cadcConfigAddress(h));
      this.cadcEnable[h] = cfg & 1;
      this.cadcAutoCalibrating[h] = regs.read(commonCorrelationConfigAddress(h, 3)) & 1;
      if (this.fullRefresh || this.cadcChannelsDirty) {
        for (let col = 0; col < 256; col++) {
          this.cadcOffsetCausal[h * 256 + col] = (regs.read(cadcChannelConfigAddress(h, col, false)) & 0xff) - 128;
          this.cadcOffsetAcausal[h * 256 + col] = (regs.read(cadcChannelConfigAddress(h, col, true)) & 0xff) - 128;
        }
      }
    }
    this.cadcChannelsDirty = false;
    for (let n = 0; n < 76; n++) {
      const w = regs.read(CROSSBAR_NODE_BASE + n);
      this.nodeMask[n] = w & 0x3fff;
      this.nodeTarget[n] = (w >>> 16) & 0x3fff;
      this.nodeDropCounter[n] = w >>> 31;
    }
    const oc = regs.read(CROSSBAR_BASE);
    for (let o = 0; o < 12; o++) this.outputCounterEnable[o] = (oc >>> (4 + o)) & 1;
    this.fullRefresh = false;
    this.configDirty = false;
    this.configVersion++;
  }

  /** Incremented by every `refreshConfig` (dependants compare it to re-derive their caches). */
  configVersion = 0;

  private refreshDriver(regs: RegisterView, d: number): void {
    const c = decodeSynapseDriver([0, 1, 2].map((w) => regs.read(synapseDriverAddress(d, w))));
    this.driverMask[d] = c.rowAddressCompareMask;
    this.driverReceiver[d] = c.enableReceiver ? 1 : 0;
    this.driverAddressOut[d] = c.enableAddressOut ? 1 : 0;
    this.driverTop[d] = c.rowModeTop;
    this.driverBottom[d] = c.rowModeBottom;
    this.driverHagen[d] = c.enableHagenModulation ? 1 : 0;
    this.driverStp[d] = c.enableStp && !c.enableHagenModulation ? 1 + c.selectTargetVoltages : 0;
    this.driverStpU[d] = stpUtilization(c.utilization);
    const stp = regs.read(commonStpConfigAddress(d >> 7));
    this.driverStpTau[d] = c.enableRecovery && (stp & 16) !== 0 ? stpRecoveryCycles(stp & 15, c.recovery) : Infinity;
  }

  refreshBackground(regs: RegisterView): void {
    this.background.length = 0;
    for (let i = 0; i < 8; i++) this.background.push(decodeBackgroundSource([0, 1, 2].map((w) => regs.read(backgroundSourceAddress(i, w)))));
    this.backgroundDirty = false;
  }
}
