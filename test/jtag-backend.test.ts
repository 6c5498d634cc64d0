/**
 * Writing and reading chip registers through JTAG (Backend.OmnibusChipOverJTAG) against the simulator, next
 * to the default Omnibus path: same registers, same values, typed errors for what JTAG cannot reach.
 */
import t from 'tap';
import { AccessError, ValueTypeError } from '@bss2/fisch';
import {
  ADPLL,
  ADPLLOnDLS,
  CADCSampleQuadOnDLS,
  CapMemCell,
  CapMemCellOnDLS,
  CommonSynramConfig,
  CommonSynramConfigOnDLS,
  EventRecordingConfig,
  EventRecordingConfigOnFPGA,
  SynapseLabelQuad,
  SynapseLabelQuadOnDLS,
} from '@bss2/haldls';
import { Backend, PlaybackProgramBuilder, run } from '@bss2/stadls';
import { SimConnection } from '@bss2/sim';

const JTAG = Backend.OmnibusChipOverJTAG;

t.test('a register written through JTAG reads back the same through JTAG and over the Omnibus', async (t) => {
  const cell = CapMemCellOnDLS.fromEnum(1234);
  const quad = SynapseLabelQuadOnDLS.fromEnum(77);
  const b = new PlaybackProgramBuilder();
  b.write(cell, new CapMemCell({ value: 321 }), JTAG);
  t.equal(b.sizeToFpga(), 6, 'one word: address, data and request, each an instruction + data shift');
  b.write(quad, new SynapseLabelQuad({ values: [1, 2, 3, 63] }), JTAG);
  const viaJtag = b.read<CapMemCell>(cell, JTAG);
  const viaOmnibus = b.read<CapMemCell>(cell);
  const quadViaJtag = b.read<SynapseLabelQuad>(quad, SynapseLabelQuad, JTAG);
  t.equal(b.sizeFromFpga(), 3, 'two JTAG data responses and one Omnibus response');
  const program = b.done();
  await run(new SimConnection(), program);
  t.equal(viaJtag.get().value, 321);
  t.equal(viaOmnibus.get().value, 321);
  t.same(quadViaJtag.get().values, [1, 2, 3, 63]);
  t.ok(viaJtag.fpgaTime() > 0);
  t.same([...viaJtag.words()], [321]);
});

t.test('a differential write through JTAG sends only the changed words', async (t) => {
  const coord = CommonSynramConfigOnDLS.fromEnum(0);
  const before = new CommonSynramConfig();
  const words = CommonSynramConfig.encodeWords(before, coord);
  const after = before.with({ waitCtrClear: 1 });
  const changed = CommonSynramConfig.encodeWords(after, coord).filter((w, i) => w !== words[i]).length;
  const b = new PlaybackProgramBuilder();
  b.write(coord, after, before, JTAG);
  t.equal(changed, 1, 'only word 2 (waitCtrClear) differs');
  t.equal(b.sizeToFpga(), 6 * changed);
  const ticket = b.read<CommonSynramConfig>(coord, JTAG);
  await run(new SimConnection(), b.done());
  t.ok(ticket.get().equals(after));
});

t.test('what JTAG cannot reach is a typed error, and the builder stays unchanged', async (t) => {
  const b = new PlaybackProgramBuilder();
  b.write(CapMemCellOnDLS.fromEnum(0), new CapMemCell({ value: 1 }));
  const size = b.sizeToFpga();
  t.throws(() => b.write(new EventRecordingConfigOnFPGA(), new EventRecordingConfig({ enableEventRecording: true }), JTAG), {
    constructor: AccessError,
    message: /EventRecordingConfig: 0x88000005 is an FPGA register, reachable only over the Omnibus/,
  });
  t.throws(() => b.read(CADCSampleQuadOnDLS.fromEnum(0), JTAG), { constructor: AccessError, message: /CADCSampleQuad is Omnibus-only/ });
  t.throws(() => b.read(new EventRecordingConfigOnFPGA(), JTAG), AccessError);
  t.throws(() => b.write(CapMemCellOnDLS.fromEnum(0), new CapMemCell(), 'usb' as never), { constructor: ValueTypeError, message: /backend/ });
  t.equal(b.sizeToFpga(), size, 'no partial instructions left behind');
  t.equal(b.sizeFromFpga(), 0);
});

t.test('JTAG tickets keep their place when builders are merged', async (t) => {
  const front = new PlaybackProgramBuilder();
  front.write(CapMemCellOnDLS.fromEnum(5), new CapMemCell({ value: 55 }));
  const a = front.read<CapMemCell>(CapMemCellOnDLS.fromEnum(5), JTAG);
  const back = new PlaybackProgramBuilder();
  back.write(CapMemCellOnDLS.fromEnum(6), new CapMemCell({ value: 66 }), JTAG);
  const b = back.read<CapMemCell>(CapMemCellOnDLS.fromEnum(6), JTAG);
  const c = back.read<CapMemCell>(CapMemCellOnDLS.fromEnum(5));
  back.mergeFront(front);
  const last = new PlaybackProgramBuilder();
  const d = last.read<CapMemCell>(CapMemCellOnDLS.fromEnum(6), JTAG);
  back.mergeBack(last);
  const program = back.done();
  await run(new SimConnection(), program);
  t.same([a.get().value, b.get().value, c.get().value, d.get().value], [55, 66, 55, 66]);
});

t.test('containers that write their own JTAG messages (PLL) write the same through either backend', async (t) => {
  const viaDefault = new PlaybackProgramBuilder();
  viaDefault.write(ADPLLOnDLS.fromEnum(1), new ADPLL({ loopFilterInt: 7 }));
  const viaJtag = new PlaybackProgramBuilder();
  viaJtag.write(ADPLLOnDLS.fromEnum(1), new ADPLL({ loopFilterInt: 7 }), JTAG);
  t.ok(viaDefault.sizeToFpga() > 0);
  t.equal(viaJtag.toString(), viaDefault.toString());
});
