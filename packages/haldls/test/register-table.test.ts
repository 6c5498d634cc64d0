/**
 * The register table derived from the container definitions (what the simulator interprets registers with).
 */
import t from 'tap';
import { InvalidArgumentError } from '@bss2/fisch';
import { CollectingSink, definedContainerTypes, lookupRegister, registerTableSummary } from '@bss2/haldls';

t.test('CommonNeuronBackendConfig words: reset values are the default words, masks the reachable bits', async (t) => {
  const w0 = lookupRegister(0x001a_9800)!;
  t.match(w0, { container: 'CommonNeuronBackendConfig', coordinate: 1, word: 0, reset: 0xf005, access: 'rw' });
  t.equal(w0.mask, 0x00ff_fff7, 'bit 3 is unused');
  t.equal(lookupRegister(0x001a_1801)!.mask, 0xffff_ffff);
  t.equal(lookupRegister(0x001a_1801)!.name, 'CommonNeuronBackendConfig[0].word1');
});

t.test('write-only triggers are in the table; unmapped space is not', async (t) => {
  t.match(lookupRegister(0x0012_205c), { container: 'NeuronReset', coordinate: 23, access: 'wo', mask: 0 });
  t.equal(lookupRegister(0x0012_205d), undefined);
  t.throws(() => lookupRegister(-1), InvalidArgumentError);
  t.throws(() => lookupRegister(2 ** 32), InvalidArgumentError);
});

t.test('every table word maps back to the container that writes it', async (t) => {
  const summary = registerTableSummary();
  t.ok(summary.words > 0);
  for (const type of definedContainerTypes()) {
    if (!summary.containers.includes(type.typeName)) continue;
    const cls = type.definition.coordinate;
    for (const e of new Set([0, cls.size - 1])) {
      const sink = new CollectingSink();
      type.create().encode(cls.fromEnum(e), sink);
      sink.addresses.forEach((a, i) => {
        const info = lookupRegister(a)!;
        t.ok(info, `${type.typeName}[${e}] word ${i} at 0x${a.toString(16)}`);
        // an earlier-defined container may own an aliased address; otherwise it must be this one
        if (info.container === type.typeName) t.match(info, { coordinate: e, word: i, reset: sink.values[i] });
      });
    }
  }
});

t.test('fields reachable only behind an enable are in the mask (CapMemBlockConfig debug row and column)', async (t) => {
  t.equal(lookupRegister(0x0014_4000)!.mask, 0x00ff_ffff, 'one-hot debug row, 24 bits');
  t.ok(lookupRegister(0x0014_4001)!.mask >= 0xff, 'debug column');
  t.equal(lookupRegister(0x0014_4000)!.reset, 0);
});
