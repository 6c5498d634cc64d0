/**
 * stadls over lola containers (builder read/write of composites, differential Chip writes, Dumper,
 * convertToChip, serialisation, init generators, runExperiment), with lola pointed at a fake haldls so the
 * test does not depend on real register layouts.
 */
import t from 'tap';
import { AccessError, InvalidArgumentError } from '@bss2/fisch';
import { AtomicNeuron, AtomicNeuronOnDLS, Chip, ChipOnDLS, NeuronBlock, NeuronBlockOnDLS, SynramOnDLS, SynapseMatrix, useHaldlsExports, halAdapter } from '@bss2/lola';
import {
  Barrier,
  buildExperiment,
  convertToBuilder,
  convertToChip,
  convertToDumper,
  deserializeChip,
  deserializeDump,
  deserializeProgram,
  DumperDone,
  generate,
  PlaybackProgramBuilder,
  PlaybackProgramBuilderDumper,
  RecordedWrite,
  run,
  runExperiment,
  serializeChip,
  serializeDump,
  serializeProgram,
  SystemInit,
  ChipInit,
  CubeASICAdapterBoardInit,
} from '@bss2/stadls';
import { fakeHaldls } from '../../lola/test/fake-haldls.js';
import { MemoryConnection } from './memory-connection.js';

useHaldlsExports(fakeHaldls);

t.test('write and read lola composites through a program', async (t) => {
  const conn = new MemoryConnection();
  const chip = new Chip();
  chip.neuronBlock.neuron(5, 1).set({ leak: { vLeak: 800 }, eventRouting: { address: 9 } });
  chip.synapseBlocks[1].matrix.set(10, 20, { weight: 33 });
  const b = new PlaybackProgramBuilder();
  b.write(ChipOnDLS, chip);
  const ticket = b.read(ChipOnDLS);
  const nt = b.read<AtomicNeuron>(new AtomicNeuronOnDLS(5, 1));
  const mt = b.read<SynapseMatrix>(SynramOnDLS.bottom);
  b.blockUntilBarrier(Barrier.omnibus);
  const p = b.done();
  await run(conn, p);
  t.ok(ticket.get().equals(chip), 'full chip write/read-back');
  t.equal(nt.get().leak.vLeak, 800);
  t.equal(mt.get().weights[10 * 256 + 20], 33);

  // differential chip write: only changed words
  const next = deserializeChip(serializeChip(chip));
  next.neuronBlock.neuron(0, 0).set({ threshold: { enable: true } });
  const d = new PlaybackProgramBuilder().write(ChipOnDLS, next, chip);
  t.equal(d.sizeToFpga(), 2, 'one NeuronConfig word changed');
  t.throws(() => new PlaybackProgramBuilder().write(NeuronBlockOnDLS, new NeuronBlock(), new NeuronBlock()), AccessError, 'NeuronBlock is not differential-write capable');
});

t.test('dumper, squash, replay, convertToChip', async (t) => {
  const d = new PlaybackProgramBuilderDumper();
  t.ok(d.isWriteOnly());
  t.throws(() => d.read(), AccessError);
  t.throws(() => d.sizeToFpga(), AccessError);
  t.throws(() => d.sizeFromFpga(), AccessError);
  const cell = halAdapter.coordinate('CapMemCellOnDLS', 5);
  const mk = (v: number) => halAdapter.make('CapMemCell', { value: v });
  d.write(cell, mk(123)).write(cell, mk(456)).blockUntil({ kind: 'timer', value: 1234 });
  d.write(halAdapter.coordinate('DACChannelOnBoard', 0), halAdapter.make('DACChannel', { value: 1 }));
  d.write(cell, mk(678), mk(1));
  t.throws(() => d.mergeBack(d), InvalidArgumentError);
  t.throws(() => d.mergeFront(d), InvalidArgumentError);
  const front = new PlaybackProgramBuilderDumper().resetTimer();
  d.mergeFront(front);
  t.ok(front.empty());
  const tail = new PlaybackProgramBuilderDumper().wait(10);
  d.copyBack(tail);
  d.mergeBack(tail);
  const done = d.done();
  t.ok(d.empty());
  t.equal(done.values.length, 10);
  t.equal(done.values[0]!.kind, 'message', 'mergeFront prepends');
  const squashed = done.removeBlockUntil().squash();
  t.ok(squashed.values.some((e) => e.kind === 'write' && e.container.equals(mk(678))));
  t.notOk(squashed.values.some((e) => e.kind === 'write' && e.container.equals(mk(123))));
  t.match(done.toString(), /block_until/);
  t.ok(convertToDumper(done).done().equals(done));
  t.notOk(done.equals(squashed));
  const replay = convertToBuilder(done);
  t.ok(replay.sizeToFpga() > 0);

  // convertToChip
  const chip = new Chip();
  chip.neuronBlock.neuron(1, 0).set({ leak: { vLeak: 5 } });
  t.ok(convertToChip(new DumperDone([]), chip).equals(chip), 'empty dump keeps previous');
  const rec = new PlaybackProgramBuilderDumper().write(ChipOnDLS, chip);
  rec.write(halAdapter.coordinate('EventRecordingConfigOnFPGA', 0), halAdapter.make('EventRecordingConfig', { enable_event_recording: true }));
  t.ok(convertToChip(rec.done()).equals(chip), 'dump of a chip write gives that chip; foreign writes ignored');
  const onlyForeign = new DumperDone([{ kind: 'write', coord: halAdapter.coordinate('EventRecordingConfigOnFPGA', 0), container: halAdapter.make('EventRecordingConfig', {}) }]);
  t.ok(convertToChip(onlyForeign).equals(new Chip()));
});

t.test('serialisation', async (t) => {
  const chip = new Chip();
  chip.synapseBlocks[0].matrix.set(1, 2, { weight: 3, label: 4 });
  const bytes = serializeChip(chip);
  t.ok(deserializeChip(bytes).equals(chip));
  t.throws(() => deserializeChip(Uint8Array.of(8, 99)), InvalidArgumentError, 'format version');

  const n = new AtomicNeuron({ leak: { vLeak: 9 } });
  const d = new PlaybackProgramBuilderDumper()
    .write(new AtomicNeuronOnDLS(3, 0), n)
    .blockUntil({ kind: 'barrier', mask: Barrier.omnibus })
    .blockUntil({ kind: 'polling', expectEquality: true })
    .wait(100)
    .write(halAdapter.coordinate('CADCSampleQuadOnDLS', 0), halAdapter.make('NotRegistered', { x: 1 }))
    .done();
  const back = deserializeDump(serializeDump(d));
  t.equal(back.values.length, d.values.length);
  const w = back.values[0]!;
  t.ok(w.kind === 'write' && w.container.equals(n), 'typed container restored');
  const raw = back.values[5]!;
  t.ok(raw.kind === 'write' && raw.container instanceof RecordedWrite, 'unknown type kept verbatim');
  if (raw.kind === 'write') {
    t.throws(() => raw.container.containerType.decode(raw.coord, []), AccessError);
    t.match(raw.container.toString(), /RecordedWrite/);
    t.ok(raw.container.equals(raw.container));
    t.ok(raw.container.containerType.create());
    t.same((raw.container.toJSON() as { words: number[] }).words.length, 1);
  }
  t.ok(convertToBuilder(back).done().equals(convertToBuilder(d).done()), 'replays identically');

  const p = new PlaybackProgramBuilder().write(ChipOnDLS, chip).done();
  const q = deserializeProgram(serializeProgram(p));
  t.ok(q.equals(p));
});

t.test('init generators and experiment helper', async (t) => {
  const init = new SystemInit();
  const b = generate(init);
  t.ok(b.sizeToFpga() > 50);
  const dumped = init.generate(new PlaybackProgramBuilderDumper()).done();
  t.ok(dumped.values.length > 30);
  const sim = SystemInit.forSimulation();
  t.ok(generate(sim).sizeToFpga() < b.sizeToFpga());
  const noLink = new ChipInit();
  noLink.enableHighspeedLink = false;
  t.throws(() => noLink.generate(new PlaybackProgramBuilder()), /Highspeed link needs to be enabled/);
  noLink.enableCapmem = false;
  noLink.enableSystime = false;
  t.ok(noLink.generate(new PlaybackProgramBuilder()).sizeToFpga() > 0);
  noLink.referenceGeneratorConfig = noLink.referenceGeneratorConfig;
  const board = new CubeASICAdapterBoardInit();
  board.shiftRegister = board.shiftRegister;
  t.equal(board.dacChannelBlock.value.filter((v) => v !== 0).length, 6);
  t.throws(() => board.dacChannelBlock.setVoltage('vdd12_pll', 1), InvalidArgumentError);
  board.dacChannelBlock.setVoltage('v_res_meas', 1.0);
  t.equal(board.dacChannelBlock.value[2], 3412);
  t.ok(Math.abs(board.dacChannelBlock.getVoltage('v_res_meas') - 1.0) < 0.01);

  const conn = new MemoryConnection();
  const chip = new Chip();
  const r = await runExperiment(conn, chip, { durationUs: 10, madc: true, spikes: [{ timeUs: 1, label: 0x1234 }], capmemSettlingUs: 1 });
  t.equal(r.spikes.length, 0, 'memory connection produces no events');
  t.equal(r.madcSamples.length, 0);
  t.ok(r.program.sizeToFpga > 0);
  t.throws(() => buildExperiment(chip, { durationUs: -1 }), /durationUs/);
  t.throws(() => buildExperiment(chip, { durationUs: 10, spikes: [{ timeUs: 11, label: 1 }], init: false }), /spikes\[0\].timeUs/);
  t.ok(buildExperiment(chip, { durationUs: 10, init: false }).sizeToFpga() > 0);
});
