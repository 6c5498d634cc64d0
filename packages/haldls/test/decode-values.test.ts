import t from 'tap';
import { AccessError, InvalidArgumentError } from '@bss2/fisch';
import {
  CADCChannelConfig,
  CADCChannelConfigOnDLS,
  MADCControl,
  MADCControlOnDLS,
  NeuronBackendConfig,
  NeuronBackendConfigOnDLS,
  NeuronConfigOnDLS,
  NeuronReset,
  NeuronResetOnDLS,
  PADIEvent,
  PADIEventOnDLS,
  SynapseQuad,
  SynapseQuadOnDLS,
  definedContainerTypes,
} from '@bss2/haldls';

t.test('decodeValues gives the plain field values of decode for every readable container', (t) => {
  let checked = 0;
  for (const type of definedContainerTypes()) {
    if (!type.readable || !type.writable || type.definition.emit || type.definition.noRoundTrip) continue;
    const coord = type.definition.coordinate.fromEnum(type.definition.coordinate.size - 1);
    const words = type.encodeWords(type.create(), coord);
    if (words.length > 64) continue;
    const decoded = type.decode(coord, words) as { values?: () => unknown };
    if (typeof decoded.values !== 'function') continue; // a subclass with its own instance side
    t.same(type.decodeValues(coord, words), decoded.values(), type.typeName);
    checked++;
  }
  t.ok(checked > 30, `${checked} container types checked`);
  t.end();
});

t.test('decodeValues is a plain object and skips validation', (t) => {
  const coord = SynapseQuadOnDLS.fromEnum(12345);
  const c = new SynapseQuad({ weights: [1, 17, 32, 63], labels: [0, 5, 40, 63], timeCalibs: [0, 1, 2, 3], ampCalibs: [3, 2, 1, 0] });
  const v = SynapseQuad.decodeValues(coord, SynapseQuad.encodeWords(c, coord));
  t.same(v, c.values());
  t.equal(Object.getPrototypeOf(v), Object.prototype);
  // only the words given are needed; missing words decode as 0
  t.same(SynapseQuad.decodeValues(coord, [SynapseQuad.encodeWords(c, coord)[0]!]).weights, [1, 17, 32, 63]);
  t.same(SynapseQuad.decodeValues(coord, [0, SynapseQuad.encodeWords(c, coord)[1]!]).labels, [0, 5, 40, 63]);
  // inverted split fields come back as the container's values
  const nb = new NeuronBackendConfig({ addressOut: 0x5a, refractoryTime: 16, resetHoldoff: 3, enableSpikeOut: true });
  const nbCoord = NeuronBackendConfigOnDLS.fromEnum(300);
  t.same(NeuronBackendConfig.decodeValues(nbCoord, NeuronBackendConfig.encodeWords(nb, nbCoord)), nb.values());
  // hand-written decoders: fields they leave out keep their defaults
  const ch = CADCChannelConfigOnDLS.fromEnum(7);
  t.same(CADCChannelConfig.decodeValues(ch, [0x80 - 5]), { offset: -5 });
  t.end();
});

t.test('decodeValues decodes the write words of write-only layout containers', (t) => {
  const ev = new PADIEvent({ fireBus: [true, false, true, false], eventAddress: 42, rowSelectAddress: 17 });
  const coord = PADIEventOnDLS.fromEnum(1);
  t.same(PADIEvent.decodeValues(coord, PADIEvent.encodeWords(ev, coord)), ev.values());
  const ctl = new MADCControl({ startRecording: true, enableContinuousSampling: true });
  t.same(MADCControl.decodeValues(MADCControlOnDLS.fromEnum(0), MADCControl.encodeWords(ctl, MADCControlOnDLS.fromEnum(0))), ctl.values());
  t.end();
});

t.test('decodeValues checks the coordinate type and needs a decoder', (t) => {
  t.throws(() => SynapseQuad.decodeValues(NeuronConfigOnDLS.fromEnum(0) as never, [0, 0]), InvalidArgumentError);
  t.throws(() => NeuronReset.decodeValues(NeuronResetOnDLS.fromEnum(0), [0]), AccessError);
  t.end();
});
