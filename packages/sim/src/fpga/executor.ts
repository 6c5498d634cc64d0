/**
 * The simulated FPGA playback executor: runs the to-FPGA instruction stream in order against the register
 * file and the chip model, keeping FPGA time at 125 MHz, and writes the from-FPGA response stream.
 *
 * FPGA state (systime, timer, executor registers, JTAG TAP, board devices, chip registers) persists across
 * programs, as on hardware; only `system::Reset` resets the chip side. Instruction costs: see `costs.ts`.
 */
import { InvalidArgumentError, ToFpgaOpcode, UnknownOpcodeError, ValueRangeError, type Logger } from '@bss2/fisch';
import type { ChipModel, PhysicsOutput } from '../physics/interface.js';
import { isFpgaAddress, type OmnibusRegisterFile } from '../registers/register-file.js';
import type { RegisterInfo } from '../registers/address-map.js';
import { I2C_BASE, I2C_PRESCALER_OFFSET, I2cBus, SPI_BASE, SpiBus } from './board-devices.js';
import { InstructionCost } from './costs.js';
import { JtagTap, type JtagOmnibusPort } from './jtag.js';
import { ResponseWriter } from './response-writer.js';

/** FPGA executor register addresses with behaviour attached. */
export const FpgaRegister = {
  writeResponseFilter: 0x8800_0000,
  deviceDnaHigh: 0x8800_0003,
  deviceDnaLow: 0x8800_0004,
  eventRecording: 0x8800_0005,
  pollingAddress: 0x8800_0006,
  pollingTarget: 0x8800_0007,
  pollingMask: 0x8800_0008,
  instructionTimeout: 0x8800_0009,
  timer: 0x8800_000c,
  systimeSyncLastRttHigh: 0x8800_2001,
  systimeSyncLastRttLow: 0x8800_2002,
  systimeSyncLastAsicHigh: 0x8800_2003,
  systimeSyncLastAsicLow: 0x8800_2004,
  systimeSyncActive: 0x8800_2005,
} as const;

/** The simulated FPGA's device DNA (57 bits; fixed so runs are reproducible). */
export const SIM_DEVICE_DNA_HIGH = 0x0b55_2000 & 0x1ff_ffff;
export const SIM_DEVICE_DNA_LOW = 0x5131_0001;
/** Round-trip time of the systime sync handshake reported in FPGASystimeSyncLastRTT (cycles). */
export const SIM_SYSTIME_SYNC_RTT = 42;

const TWO_32 = 2 ** 32;
/** Longest stretch of simulated time (100 us) advanced per step unit while a WaitUntil blocks. */
const WAIT_SLICE_CYCLES = 12_500;

/** Why a program stopped. */
export type StopReason = 'halt' | 'timeout';

export interface TimeoutReport {
  readonly instructionIndex: number;
  readonly address: number;
  readonly reason: 'unmapped' | 'polling';
  readonly cycle: number;
}

/** Per-program statistics. */
export interface ProgramStats {
  readonly instructions: number;
  readonly startCycle: number;
  readonly endCycle: number;
  readonly spikesIn: number;
  readonly spikesOut: number;
  readonly madcSamples: number;
  readonly stopReason: StopReason;
  readonly timeout?: TimeoutReport;
}

/** A program being executed (created by `FpgaExecutor.begin`). */
export class ProgramRun {
  index = 0; // word index
  /** Cycle a WaitUntil is still advancing towards (long waits run in slices so an abort can get in). */
  waitTarget = -1;
  instruction = 0; // instruction index (idle words do not count)
  done = false;
  stopReason: StopReason = 'halt';
  timeout: TimeoutReport | undefined;
  spikesIn = 0;
  spikesOut = 0;
  madcSamples = 0;
  readonly startCycle: number;
  constructor(
    readonly words: Uint32Array,
    readonly writer: ResponseWriter,
    startCycle: number,
  ) {
    this.startCycle = startCycle;
  }
}

/**
 * Checks a to-FPGA word stream before anything executes, so a malformed program never half-applies:
 * unknown opcodes (UnknownOpcodeError), JTAG shift lengths outside 3..33 (ValueRangeError), and Omnibus
 * write Address/Data pairing (InvalidArgumentError).
 */
export function validateProgram(words: Uint32Array): void {
  let expectData = -1;
  let instr = 0;
  for (let i = 0; i < words.length; i += 2) {
    const hi = words[i]!;
    if (hi & 0x8000_0000) continue; // idle word
    const op = hi >>> 24;
    if (op > ToFpgaOpcode.SpikePack3) throw new UnknownOpcodeError('to_fpga', op, ToFpgaOpcode.SpikePack3 + 1);
    if (expectData >= 0 && op !== ToFpgaOpcode.OmnibusData) {
      throw new InvalidArgumentError(
        `instruction ${expectData} (omnibus_to_fpga::Address, write) must be followed by omnibus_to_fpga::Data, got opcode ${op} at instruction ${instr}`,
      );
    }
    if (op === ToFpgaOpcode.OmnibusData && expectData < 0) {
      throw new InvalidArgumentError(`instruction ${instr} (omnibus_to_fpga::Data) does not follow a write omnibus_to_fpga::Address`);
    }
    if (op === ToFpgaOpcode.JtagData) {
      const numBits = (hi >>> 8) & 0xff;
      if (numBits < 3 || numBits > 33) throw new ValueRangeError(`jtag.Data.numBits (instruction ${instr})`, numBits, 3, 33);
    }
    expectData = op === ToFpgaOpcode.OmnibusAddress && ((hi >>> 4) & 1) === 0 ? instr : -1;
    instr++;
  }
  if (expectData >= 0) {
    throw new InvalidArgumentError(`instruction ${expectData} (omnibus_to_fpga::Address, write) is not followed by its omnibus_to_fpga::Data`);
  }
}

export class FpgaExecutor implements PhysicsOutput {
  /** FPGA systime in cycles since the simulated FPGA came out of reset. */
  cycle = 0;
  private timerBase = 0;
  private modelCycle = -1;
  private chipResetAsserted = false;
  private systimeSynced = false;
  private lastSyncCycle = 0;
  private eventRecording = false;
  private pendingWriteAddress = 0;
  private pendingWriteEnables = 0xf;
  readonly jtag = new JtagTap();
  readonly i2c = new I2cBus();
  readonly spi = new SpiBus();
  private run: ProgramRun | undefined;
  private readonly jtagPort: JtagOmnibusPort;
  private readonly notifyAlias = (alias: number): void => this.model.registerWritten(alias, this.registers.read(alias));

  constructor(
    readonly registers: OmnibusRegisterFile,
    private readonly model: ChipModel,
    private readonly log: Logger,
  ) {
    this.eventRecording = (registers.read(FpgaRegister.eventRecording) & 1) === 1;
    this.jtagPort = {
      read: (address) => (isFpgaAddress(address) ? undefined : this.readWord(address)),
      write: (address, value) => !isFpgaAddress(address) && this.writeWord(address, value, 0xf),
    };
  }

  /** True once a SystimeInit(1) synchronised chip and FPGA time. */
  get synchronised(): boolean {
    return this.systimeSynced;
  }

  /** Starts a program (word stream including the final halt); `validateProgram` must have passed. */
  begin(words: Uint32Array): ProgramRun {
    const writer = new ResponseWriter(Math.max(4096, words.length * 2));
    writer.annotate = this.systimeSynced;
    this.run = new ProgramRun(words, writer, this.cycle);
    return this.run;
  }

  /** Executes up to `maxInstructions` instructions; returns true when the program has stopped. */
  step(run: ProgramRun, maxInstructions: number): boolean {
    this.run = run;
    const words = run.words;
    const end = words.length;
    let budget = maxInstructions;
    while (!run.done && budget-- > 0) {
      if (run.waitTarget > this.cycle) {
        this.cycle = Math.min(run.waitTarget, this.cycle + WAIT_SLICE_CYCLES);
        this.advanceModel();
        continue;
      }
      if (run.index >= end) break;
      const hi = words[run.index]!;
      const lo = words[run.index + 1]!;
      run.index += 2;
      if (hi & 0x8000_0000) continue; // idle word
      this.execute(run, hi >>> 0, lo >>> 0);
      run.instruction++;
    }
    if (!run.done && run.index >= end && run.waitTarget <= this.cycle) {
      // the connection always appends a halt; reaching the end without one still answers with the halt
      this.finish(run, 'halt');
    }
    return run.done;
  }

  /** Statistics of a finished run. */
  stats(run: ProgramRun): ProgramStats {
    const base = {
      instructions: run.instruction,
      startCycle: run.startCycle,
      endCycle: this.cycle,
      spikesIn: run.spikesIn,
      spikesOut: run.spikesOut,
      madcSamples: run.madcSamples,
      stopReason: run.stopReason,
    };
    return run.timeout ? { ...base, timeout: run.timeout } : base;
  }

  // ---- PhysicsOutput: events from the chip model -------------------------------------------------------

  spike(label: number, cycle: number): void {
    const run = this.run;
    if (!run || !this.eventRecording) return; // the FPGA drops events while recording is off
    run.spikesOut++;
    run.writer.spike(label, cycle);
  }

  madcSample(value: number, channel: number, cycle: number): void {
    const run = this.run;
    if (!run || !this.eventRecording) return;
    run.madcSamples++;
    run.writer.madcSample(value, channel, cycle);
  }

  // ---- instruction dispatch ----------------------------------------------------------------------------

  private execute(run: ProgramRun, hi: number, lo: number): void {
    const op = hi >>> 24;
    switch (op) {
      case ToFpgaOpcode.JtagInit:
        this.jtag.reset();
        this.cycle += InstructionCost.simple;
        return;
      case ToFpgaOpcode.JtagScaler:
        this.jtag.scaler = lo & 0xff;
        this.cycle += InstructionCost.simple;
        return;
      case ToFpgaOpcode.JtagIns:
        this.jtag.selectInstruction(lo & 0x7f);
        this.cycle += this.jtag.shiftCycles(InstructionCost.jtagInstructionBits);
        return;
      case ToFpgaOpcode.JtagData:
        return this.jtagData(run, hi, lo);
      case ToFpgaOpcode.TimingSetup:
        this.timerBase = this.cycle;
        this.cycle += InstructionCost.simple;
        return;
      case ToFpgaOpcode.TimingWaitUntil: {
        const target = this.timerBase + lo;
        if (target > this.cycle + WAIT_SLICE_CYCLES) {
          run.waitTarget = target; // continued by step() in slices
          return;
        }
        this.cycle = target > this.cycle ? target : this.cycle + InstructionCost.simple;
        this.advanceModel();
        return;
      }
      case ToFpgaOpcode.TimingSystimeInit:
        return this.systimeInit(run, (lo & 1) === 1);
      case ToFpgaOpcode.TimingBarrier:
        // every channel completes synchronously in the model, so a barrier never has to wait
        this.cycle += InstructionCost.simple;
        return;
      case ToFpgaOpcode.TimingPollingOmnibusBlock:
        return this.pollingBlock(run, (lo & 1) === 1);
      case ToFpgaOpcode.SystemReset:
        return this.chipReset((lo & 1) === 1);
      case ToFpgaOpcode.SystemLoopback:
        if ((lo & 1) === 0) return this.finish(run, 'halt');
        this.advanceModel();
        run.writer.loopback(true, this.cycle);
        this.cycle += InstructionCost.simple;
        return;
      case ToFpgaOpcode.OmnibusAddress:
        return this.omnibusAddress(run, hi, lo);
      case ToFpgaOpcode.OmnibusData:
        if (!this.writeWord(this.pendingWriteAddress, lo, this.pendingWriteEnables)) {
          return this.timeoutAt(run, this.pendingWriteAddress, 'unmapped', 0);
        }
        // bit 0 of FPGA register 0 filters the write acknowledgements (set after reset); cleared, every
        // Omnibus write is answered with an (empty) Omnibus data word, as the FPGA's response filter is off
        if ((this.registers.read(FpgaRegister.writeResponseFilter) & 1) === 0) run.writer.omnibusData(0, this.cycle);
        this.cycle += InstructionCost.simple;
        return;
      case ToFpgaOpcode.SpikePack1:
        return this.injectSpikes(run, 1, hi, lo);
      case ToFpgaOpcode.SpikePack2:
        return this.injectSpikes(run, 2, hi, lo);
      case ToFpgaOpcode.SpikePack3:
        return this.injectSpikes(run, 3, hi, lo);
      default:
        // validateProgram rejects these before execution starts
        throw new UnknownOpcodeError('to_fpga', op, ToFpgaOpcode.SpikePack3 + 1);
    }
  }

  private jtagData(run: ProgramRun, hi: number, lo: number): void {
    const numBits = (hi >>> 8) & 0xff;
    const keep = ((hi >>> 16) & 1) === 1;
    const payload = (hi & 1) * TWO_32 + lo;
    const address = this.jtag.requestAddress;
    const result = this.jtag.shift(payload, numBits, this.jtagPort);
    if (!result.ok) return this.timeoutAt(run, address, 'unmapped', 0);
    if (keep) run.writer.jtagData(result.tdo, this.cycle);
    this.cycle += Math.max(InstructionCost.simple, this.jtag.shiftCycles(numBits));
  }

  private systimeInit(run: ProgramRun, sync: boolean): void {
    this.advanceModel();
    if (sync) {
      // the chip's systime counter is loaded with the FPGA's: from now on chip and FPGA time agree
      this.systimeSynced = true;
      this.lastSyncCycle = this.cycle;
      run.writer.annotate = true;
    }
    run.writer.systime(this.cycle);
    this.cycle += InstructionCost.simple;
  }

  private chipReset(assert: boolean): void {
    this.advanceModel();
    if (assert && !this.chipResetAsserted) {
      this.registers.resetChip();
      this.model.reset();
      // the chip's systime counter restarts: a new SystimeInit is needed for valid event times
    }
    this.chipResetAsserted = assert;
    this.cycle += InstructionCost.simple;
  }

  private omnibusAddress(run: ProgramRun, hi: number, lo: number): void {
    const isRead = ((hi >>> 4) & 1) === 1;
    if (!isRead) {
      this.pendingWriteAddress = lo;
      this.pendingWriteEnables = hi & 0xf;
      this.cycle += InstructionCost.simple;
      return;
    }
    const v = this.readWord(lo);
    if (v === undefined) return this.timeoutAt(run, lo, 'unmapped', 1);
    run.writer.omnibusData(v, this.cycle);
    this.cycle += InstructionCost.simple;
  }

  private injectSpikes(run: ProgramRun, n: number, hi: number, lo: number): void {
    this.advanceModel();
    const c = this.cycle;
    if (n === 1) this.model.injectSpike(lo & 0xffff, c);
    else if (n === 2) {
      this.model.injectSpike(lo >>> 16, c);
      this.model.injectSpike(lo & 0xffff, c);
    } else {
      this.model.injectSpike(hi & 0xffff, c);
      this.model.injectSpike(lo >>> 16, c);
      this.model.injectSpike(lo & 0xffff, c);
    }
    run.spikesIn += n;
    this.cycle += InstructionCost.simple;
  }

  private pollingBlock(run: ProgramRun, expectEqual: boolean): void {
    const address = this.registers.read(FpgaRegister.pollingAddress);
    const target = this.registers.read(FpgaRegister.pollingTarget);
    const mask = this.registers.read(FpgaRegister.pollingMask);
    const deadline = this.cycle + this.instructionTimeout();
    for (;;) {
      const v = this.readWord(address);
      if (v === undefined) return this.timeoutAt(run, address, 'unmapped', 1);
      if ((((v & mask) >>> 0) === target) === expectEqual) break;
      if (!this.isDynamic(address) || this.cycle >= deadline) {
        // a stored value cannot change while the executor blocks: the block ends in a timeout
        return this.timeoutAt(run, address, 'polling', 0, deadline);
      }
      this.cycle = Math.min(deadline, this.cycle + InstructionCost.pollInterval);
    }
    this.cycle += InstructionCost.simple;
  }

  /** True if a read of `address` can change while the executor waits (timer, model-produced values). */
  private isDynamic(address: number): boolean {
    if (address === FpgaRegister.timer) return true;
    if (isFpgaAddress(address)) return false;
    return this.model.readRegister(address, this.cycle) !== undefined;
  }

  private instructionTimeout(): number {
    return this.registers.read(FpgaRegister.instructionTimeout);
  }

  /**
   * The executor stops at instruction `run.instruction` with a TimeoutNotification once the instruction
   * timeout (InstructionTimeoutConfig, default 10 ms) elapsed, then answers the halt. `readsInFlight` is 1
   * for a read the Omnibus tree never answered.
   */
  private timeoutAt(run: ProgramRun, address: number, reason: 'unmapped' | 'polling', readsInFlight: number, until?: number): void {
    this.cycle = until ?? this.cycle + this.instructionTimeout();
    this.advanceModel();
    run.timeout = { instructionIndex: run.instruction, address, reason, cycle: this.cycle };
    this.log.warn(
      `playback instruction ${run.instruction} timed out (${reason} Omnibus address 0x${address.toString(16).padStart(8, '0')})`,
    );
    run.writer.timeout(run.instruction, 0, readsInFlight, this.cycle);
    this.finish(run, 'timeout');
  }

  private finish(run: ProgramRun, reason: StopReason): void {
    this.advanceModel();
    run.writer.loopback(false, this.cycle);
    this.cycle += InstructionCost.simple;
    run.stopReason = reason;
    run.done = true;
  }

  /** Brings the chip model up to the current cycle (outputs go to the response stream). */
  private advanceModel(): void {
    if (this.cycle > this.modelCycle) {
      this.model.advance(this.cycle, this);
      this.modelCycle = this.cycle;
    }
  }

  // ---- Omnibus word access (shared by the Omnibus and JTAG paths) --------------------------------------

  /** Reads a word as the hardware returns it; undefined if the address is unmapped. */
  private readWord(address: number): number | undefined {
    const info = this.registers.info(address);
    if (!info) return undefined;
    if (isFpgaAddress(address)) return this.readFpga(address, info);
    this.advanceModel();
    // write-only registers have no read path: the slave answers with zeros
    if (info.access === 'wo') return 0;
    const produced = this.model.readRegister(address, this.cycle);
    return ((produced ?? this.registers.read(address)) & info.mask) >>> 0;
  }

  /** Writes a word; false if the address is unmapped. Writes to read-only registers are acknowledged and ignored. */
  private writeWord(address: number, value: number, byteEnables: number): boolean {
    const info = this.registers.info(address);
    if (!info) return false;
    if (info.access === 'ro') return true;
    if (isFpgaAddress(address)) {
      this.writeFpga(address, info, value, byteEnables);
      return true;
    }
    this.advanceModel();
    const stored = this.registers.store(address, info, value, byteEnables);
    this.model.registerWritten(address, stored);
    if (address >= 0x02c0_0000) this.registers.forEachAlias(address, this.notifyAlias);
    return true;
  }

  private readFpga(address: number, info: RegisterInfo): number {
    if (info.access === 'wo') return 0;
    switch (address) {
      case FpgaRegister.timer:
        return (this.cycle - this.timerBase) % TWO_32;
      case FpgaRegister.deviceDnaHigh:
        return SIM_DEVICE_DNA_HIGH;
      case FpgaRegister.deviceDnaLow:
        return SIM_DEVICE_DNA_LOW;
      case FpgaRegister.systimeSyncLastRttHigh:
        return 0;
      case FpgaRegister.systimeSyncLastRttLow:
        return this.systimeSynced ? SIM_SYSTIME_SYNC_RTT : 0;
      case FpgaRegister.systimeSyncLastAsicHigh:
        return Math.floor(this.lastSyncCycle / TWO_32) & 0x7ff;
      case FpgaRegister.systimeSyncLastAsicLow:
        return this.lastSyncCycle % TWO_32;
      case FpgaRegister.systimeSyncActive:
        return this.systimeSynced ? 1 : 0;
      default:
        break;
    }
    const i2cOffset = address - I2C_BASE;
    if (i2cOffset >= 0 && i2cOffset < I2C_PRESCALER_OFFSET) return this.i2c.read(i2cOffset);
    return this.registers.read(address) & info.mask;
  }

  private writeFpga(address: number, info: RegisterInfo, value: number, byteEnables: number): void {
    const i2cOffset = address - I2C_BASE;
    if (i2cOffset >= 0 && i2cOffset < I2C_PRESCALER_OFFSET) return this.i2c.write(i2cOffset, value);
    const spiOffset = address - SPI_BASE;
    if (spiOffset >= 0 && spiOffset < 8) return this.spi.write(spiOffset, value);
    const stored = this.registers.store(address, info, value, byteEnables);
    if (address === FpgaRegister.eventRecording) this.eventRecording = (stored & 1) === 1;
  }
}
