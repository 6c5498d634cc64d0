import t from 'tap';
import {
  AccessError,
  Barrier,
  BarrierOnFPGA,
  CONTAINER_TYPES,
  containerTypeByName,
  containerTypeOf,
  decodeToFpgaWords,
  I2CAckMissingError,
  I2CAD5252RwRegister,
  I2CAD5252RwRegisterOnBoard,
  I2CDAC6573RwRegister,
  I2CDAC6573RwRegisterOnBoard,
  I2CIdRegister,
  I2CIdRegisterOnBoard,
  I2CINA219RoRegister,
  I2CINA219RoRegisterOnBoard,
  I2CINA219RwRegister,
  I2CINA219RwRegisterOnBoard,
  I2CTCA9546Register,
  I2CTCA9546RegisterOnBoard,
  I2CTCA9554RoRegister,
  I2CTCA9554RoRegisterOnBoard,
  I2CTCA9554RwRegister,
  I2CTCA9554RwRegisterOnBoard,
  I2CTempRegister,
  I2CTempRegisterOnBoard,
  InvalidArgumentError,
  JTAGClockScaler,
  JTAGClockScalerOnDLS,
  JTAGIdCode,
  JTAGIdCodeOnDLS,
  JTAGPhyRegister,
  JTAGPhyRegisterOnDLS,
  JTAGPLLRegister,
  JTAGPLLRegisterOnDLS,
  NullPayloadReadable,
  NullPayloadReadableOnFPGA,
  Omnibus,
  OmnibusAddress,
  OmnibusChipOverJTAG,
  OmnibusChipOverJTAGAddress,
  PollingOmnibusBlock,
  PollingOmnibusBlockOnFPGA,
  registerContainer,
  registeredContainers,
  ResetChip,
  ResetChipOnDLS,
  ResetJTAGTap,
  ResetJTAGTapOnDLS,
  SpikePack1ToChip,
  SpikePack2ToChip,
  SpikePack3ToChip,
  SpikePack3ToChipOnDLS,
  SPIDACControlRegister,
  SPIDACControlRegisterOnBoard,
  SPIDACDataRegister,
  SPIDACDataRegisterOnBoard,
  SPIShiftRegister,
  SPIShiftRegisterOnBoard,
  SystimeSync,
  SystimeSyncOnFPGA,
  Timer,
  TimerOnDLS,
  ValueRangeError,
  ValueTypeError,
  WaitUntil,
  WaitUntilOnFPGA,
  WordBuffer,
  type ToFpgaMessage,
  type WordContainer,
  type WordContainerType,
  type WordCoordinate,
} from '@bss2/fisch';

const W = (c: WordContainer, coord: WordCoordinate): ToFpgaMessage[] => {
  const b = new WordBuffer();
  c.encodeWrite(coord, b);
  return decodeToFpgaWords(b);
};
const R = (T: WordContainerType, coord: WordCoordinate): ToFpgaMessage[] => {
  const b = new WordBuffer();
  T.encodeRead(coord, b);
  return decodeToFpgaWords(b);
};
const addr = (address: number, isRead = false, byteEnables = 0xf): ToFpgaMessage => ({ type: 'omnibus.Address', address, byteEnables, isRead });
const data = (value: number): ToFpgaMessage => ({ type: 'omnibus.Data', value });
const wr = (a: number, v: number): ToFpgaMessage[] => [addr(a), data(v)];
const ins = (value: number): ToFpgaMessage => ({ type: 'jtag.Ins', value });
const jd = (numBits: number, payload: number, keepResponse = false): ToFpgaMessage => ({ type: 'jtag.Data', keepResponse, numBits, payload });
const I2C = 0x88007800;

t.test('registry: 29 containers in container.def order, unique coordinates (7.3.7)', async (t) => {
  t.equal(CONTAINER_TYPES.length, 29);
  t.same(
    CONTAINER_TYPES.map((c) => c.typeName).slice(0, 8),
    ['PollingOmnibusBlock', 'Barrier', 'WaitUntil', 'SystimeSync', 'SpikePack1ToChip', 'SpikePack2ToChip', 'SpikePack3ToChip', 'OmnibusChipOverJTAG'],
  );
  t.equal(new Set(CONTAINER_TYPES.map((c) => c.coordinateType.typeName)).size, 29);
  t.equal(registeredContainers().length, 29);
  for (const T of CONTAINER_TYPES) {
    t.equal(containerTypeOf(new T.coordinateType()), T);
    t.equal(containerTypeByName(T.typeName), T);
  }
  t.throws(() => registerContainer({ ...Omnibus, typeName: 'Fake', coordinateType: OmnibusAddress } as unknown as WordContainerType), InvalidArgumentError);
  t.throws(() => containerTypeOf({ typeName: 'Nope' } as WordCoordinate), InvalidArgumentError);
});

t.test('coordinates: instance counts are range-checked', async (t) => {
  const sizes: [{ size: number; new (i?: number): WordCoordinate }, number][] = [
    [JTAGPLLRegisterOnDLS, 8],
    [JTAGPhyRegisterOnDLS, 8],
    [SPIDACDataRegisterOnBoard, 16],
    [SPIDACControlRegisterOnBoard, 8],
    [I2CINA219RoRegisterOnBoard, 24],
    [I2CINA219RwRegisterOnBoard, 12],
    [I2CTCA9554RwRegisterOnBoard, 3],
    [I2CAD5252RwRegisterOnBoard, 12],
    [I2CDAC6573RwRegisterOnBoard, 4],
    [BarrierOnFPGA, 1],
    [OmnibusAddress, 2 ** 32],
  ];
  for (const [C, n] of sizes) {
    t.equal(C.size, n);
    t.equal(new C(n - 1).toEnum(), n - 1);
    t.throws(() => new C(n), ValueRangeError);
  }
  t.throws(() => new JTAGPLLRegisterOnDLS(-1), ValueRangeError);
  t.throws(() => new JTAGPLLRegisterOnDLS(1.5), ValueRangeError);
  const c = new JTAGPLLRegisterOnDLS(3);
  t.equal(c.toString(), 'JTAGPLLRegisterOnDLS(3)');
  t.ok(c.equals(JTAGPLLRegisterOnDLS.fromJSON(JSON.parse(JSON.stringify(c)))));
  t.notOk(c.equals(new JTAGPhyRegisterOnDLS(3)));
});

t.test('7.3.1 defaults, ranges, set/get, equality, JSON round trip (every container)', async (t) => {
  for (const T of CONTAINER_TYPES) {
    const d = T.create();
    t.ok(d.equals(T.fromJSON(JSON.parse(JSON.stringify(d)))), `${T.typeName} JSON`);
    t.ok(d.equals(T.create()), `${T.typeName} ==`);
    t.notOk(d.equals(new Omnibus(1) as WordContainer) && T !== Omnibus);
    t.equal(d.containerType, T);
  }
  t.equal(new PollingOmnibusBlock().value, true, 'PollingOmnibusBlock container default is true');
  t.equal(new Barrier().value, 0);
  t.equal(new SystimeSync().value, false);
  t.same(new Omnibus().byteEnables, [true, true, true, true]);
  const boundaries: [{ new (v?: number): { value: number; equals(o: WordContainer): boolean } }, number][] = [
    [Barrier, 32],
    [JTAGClockScaler, 256],
    [JTAGPhyRegister, 4194304],
    [SPIDACControlRegister, 0x2000],
    [SPIDACDataRegister, 0x1000],
    [SPIShiftRegister, 0x1000000],
    [I2CDAC6573RwRegister, 0x1234],
    [WaitUntil, 2 ** 32],
  ];
  for (const [C, bad] of boundaries) {
    t.throws(() => new C(bad), ValueRangeError, `${C.name}(${bad})`);
    t.equal(new C(bad - 1 > 0x3ff && C === I2CDAC6573RwRegister ? 0x3ff : bad - 1).value >= 0, true);
    const c = new C(1);
    c.value = 2;
    t.equal(c.value, 2);
    t.throws(() => (c.value = -1), ValueRangeError);
    t.ok(new C(2).equals(c as unknown as WordContainer));
    t.notOk(new C(3).equals(c as unknown as WordContainer));
  }
  t.throws(() => new Barrier(32), { message: /Barrier\.value = 32 is out of range: allowed 0\.\.31/ });
  t.throws(() => new ResetChip(1 as unknown as boolean), ValueTypeError);
  // Timer quirk: all Timers compare equal
  t.ok(new Timer(5).equals(new Timer(7)));
  t.throws(() => new Omnibus(0, [true]), ValueRangeError);
  t.throws(() => new Omnibus(0, 'x' as unknown as boolean[]), ValueTypeError);
  t.throws(() => new Omnibus(2 ** 32), ValueRangeError);
  const o = new Omnibus(1);
  o.value = 2;
  o.byteEnables = [false, true, true, true];
  t.equal(o.byteEnableMask, 0b1110);
  t.notOk(o.equals(new Omnibus(2)));
  t.throws(() => new SpikePack2ToChip([1]), ValueRangeError);
  t.throws(() => new SpikePack1ToChip(5 as unknown as number[]), ValueTypeError);
  const sp = new SpikePack3ToChip([1, 2, 3]);
  sp.labels = [4, 5, 6];
  t.same(sp.labels, [4, 5, 6]);
  t.throws(() => Barrier.fromJSON(null), ValueTypeError);
});

t.test('7.3.2 exact print forms', async (t) => {
  t.equal(String(new Omnibus(13, [true, true, false, true])), 'Omnibus(0d13 0xd 0b00000000000000000000000000001101, byte_enables: 1101)');
  t.equal(String(new JTAGIdCode(0x12345678)), 'JTAGIdCode(0x12345678)');
  t.equal(String(new JTAGClockScaler(12)), 'JTAGClockScaler(12)');
  t.equal(String(new JTAGPLLRegister(12)), `JTAGPLLRegister(0d12 0xc 0b${'0'.repeat(28)}1100)`);
  t.equal(String(new JTAGPhyRegister(12)), `JTAGPhyRegister(0d12 0xc 0b${'0'.repeat(18)}1100)`);
  t.equal(String(new Barrier(5)), 'Barrier(0d5 0x5 0b00101)');
  t.equal(String(new ResetChip(true)), 'ResetChip(true)');
  t.equal(String(new SystimeSync(true)), 'SystimeSync(true)');
  t.equal(String(new Timer()), 'Timer(0)');
  t.equal(String(new ResetJTAGTap()), 'ResetJTAGTap()');
  t.equal(String(new NullPayloadReadable()), 'NullPayloadReadable()');
  t.equal(String(new SPIShiftRegister(1)), `SPIShiftRegister(0d1 0x1 0b${'0'.repeat(23)}1)`);
  t.equal(String(new SPIDACDataRegister(1)), `SPIDACDataRegister(0d1 0x1 0b${'0'.repeat(11)}1)`);
  t.equal(String(new SPIDACControlRegister(1)), `SPIDACControlRegister(0d1 0x1 0b${'0'.repeat(12)}1)`);
  t.equal(String(new I2CAD5252RwRegister(112)), 'I2CAD5252RwRegister(0d112 0x70 0b01110000)');
  t.equal(String(new I2CDAC6573RwRegister(1)), `I2CDAC6573RwRegister(0d1 0x1 0b${'0'.repeat(15)}1)`);
  t.equal(String(new SpikePack2ToChip([12, 13])), 'SpikePack2ToChip(SpikeLabel(12), SpikeLabel(13))');
  t.equal(String(new PollingOmnibusBlock()), 'PollingOmnibusBlock(true)');
});

t.test('7.3.3 exact message sequences: Omnibus, JTAG, timing', async (t) => {
  t.same(R(Omnibus, new OmnibusAddress(3)), [addr(3, true)]);
  t.same(W(new Omnibus(0xc, [true, false, true, true]), new OmnibusAddress(3)), [addr(3, false, 0b1101), data(0xc)]);
  t.same(W(new OmnibusChipOverJTAG(0x12), new OmnibusChipOverJTAGAddress(0x40000)), [
    ins(5), jd(33, 0x40000), ins(6), jd(32, 0x12), ins(7), jd(3, 0),
  ]);
  t.same(R(OmnibusChipOverJTAG, new OmnibusChipOverJTAGAddress(0x40000)), [
    ins(5), jd(33, 2 ** 32 + 0x40000), ins(7), jd(3, 0), ins(6), jd(32, 0, true),
  ]);
  t.same(R(JTAGIdCode, new JTAGIdCodeOnDLS()), [ins(1), jd(32, 0, true)]);
  t.same(W(new JTAGPLLRegister(0x118d8181), new JTAGPLLRegisterOnDLS(4)), [ins(3), jd(4, 4), ins(4), jd(32, 0x118d8181)]);
  t.same(W(new JTAGPhyRegister(0x204000), new JTAGPhyRegisterOnDLS(3)), [ins(92), jd(22, 0x204000)]);
  t.same(W(new JTAGClockScaler(3), new JTAGClockScalerOnDLS()), [{ type: 'jtag.Scaler', value: 3 }]);
  t.same(W(new ResetJTAGTap(), new ResetJTAGTapOnDLS()), [{ type: 'jtag.Init' }]);
  t.same(W(new ResetChip(true), new ResetChipOnDLS()), [{ type: 'system.Reset', value: true }]);
  t.same(W(new Timer(), new TimerOnDLS()), [{ type: 'timing.Setup' }]);
  t.throws(() => W(new Timer(1), new TimerOnDLS()), { name: 'ValueRangeError', message: /Timer\.value = 1/ });
  t.same(R(Timer, new TimerOnDLS()), [addr(0x8800000c, true)]);
  t.same(W(new Barrier(3), new BarrierOnFPGA()), [{ type: 'timing.Barrier', mask: 3 }]);
  t.same(W(new WaitUntil(0x123), new WaitUntilOnFPGA()), [{ type: 'timing.WaitUntil', value: 0x123 }]);
  t.same(W(new SystimeSync(true), new SystimeSyncOnFPGA()), [{ type: 'timing.SystimeInit', value: true }]);
  t.same(W(new PollingOmnibusBlock(), new PollingOmnibusBlockOnFPGA()), [{ type: 'timing.PollingOmnibusBlock', value: true }]);
  t.same(R(NullPayloadReadable, new NullPayloadReadableOnFPGA()), [{ type: 'system.Loopback', tick: true }]);
  t.same(W(new SpikePack3ToChip([1, 2, 3]), new SpikePack3ToChipOnDLS()), [{ type: 'event.SpikePack', labels: [1, 2, 3] }]);
  // access errors
  t.throws(() => W(new JTAGIdCode(), new JTAGIdCodeOnDLS()), AccessError);
  t.throws(() => W(new NullPayloadReadable(), new NullPayloadReadableOnFPGA()), AccessError);
  t.throws(() => R(JTAGPLLRegister, new JTAGPLLRegisterOnDLS()), AccessError);
  t.throws(() => R(ResetJTAGTap, new ResetJTAGTapOnDLS()), AccessError);
  t.throws(() => R(SpikePack1ToChip, new SpikePack1ToChip.coordinateType()), AccessError);
  t.throws(() => ResetJTAGTap.decode([], 0), AccessError);
  t.throws(() => SpikePack1ToChip.decode([], 0), AccessError);
  t.throws(() => Barrier.decode([0], 0), AccessError);
  t.throws(() => W(new Barrier(1), new TimerOnDLS()), InvalidArgumentError);
});

t.test('7.3.3 exact message sequences: SPI and I2C', async (t) => {
  t.same(W(new SPIShiftRegister(0x123456), new SPIShiftRegisterOnBoard()), [
    ...wr(0x88007001, 0x12), ...wr(0x88007001, 0x34), ...wr(0x88007001, 0x80000056),
  ]);
  // DAC 1, register power_down (2): address 0x88007004
  t.same(W(new SPIDACControlRegister(0x1abc), new SPIDACControlRegisterOnBoard(6)), [
    ...wr(0x88007004, 0x80 | (2 << 5)), ...wr(0x88007004, 0x80001abc),
  ]);
  // DAC 0 channel 5, value 0xabc: frame 0x5abc, then LDAC latch
  t.same(W(new SPIDACDataRegister(0xabc), new SPIDACDataRegisterOnBoard(5)), [
    ...wr(0x88007002, 0x5a), ...wr(0x88007002, 0x800000bc), ...wr(0x88007002, 0xa0), ...wr(0x88007002, 0x80000002),
  ]);
  t.same(R(I2CIdRegister, new I2CIdRegisterOnBoard()), [
    ...wr(I2C + 0x50, 0xfc), addr(I2C + 0x50, true), addr(I2C + 0x50, true), addr(I2C + 0x50, true), addr(I2C + 0xd0, true),
  ]);
  t.same(R(I2CTempRegister, new I2CTempRegisterOnBoard()), [...wr(I2C + 0x48, 0), addr(I2C + 0x48, true), addr(I2C + 0xc8, true)]);
  // INA219 #2 bus voltage register (byte 0x2)
  t.same(R(I2CINA219RoRegister, new I2CINA219RoRegisterOnBoard(2 * 4 + 1)), [
    ...wr(I2C + 0x42, 2), addr(I2C + 0x42, true), addr(I2C + 0xc2, true),
  ]);
  t.same(W(new I2CINA219RoRegister(5), new I2CINA219RoRegisterOnBoard()), [], 'read-only writes emit nothing');
  t.ok(I2CINA219RoRegister.writable);
  t.equal(R(I2CINA219RwRegister, new I2CINA219RwRegisterOnBoard(1)).length, 4);
  t.same(W(new I2CINA219RwRegister(0x1234), new I2CINA219RwRegisterOnBoard(1)), [
    ...wr(I2C + 0x40, 0x05), ...wr(I2C + 0x40, 0x12), ...wr(I2C + 0xc0, 0x34),
  ]);
  t.same(R(I2CTCA9554RoRegister, new I2CTCA9554RoRegisterOnBoard()), [...wr(I2C + 0x38, 0), addr(I2C + 0xb8, true)]);
  t.same(R(I2CTCA9554RwRegister, new I2CTCA9554RwRegisterOnBoard(2)), [...wr(I2C + 0x38, 3), addr(I2C + 0xb8, true)]);
  t.same(W(new I2CTCA9554RwRegister(0x5a), new I2CTCA9554RwRegisterOnBoard(0)), [...wr(I2C + 0x38, 1), ...wr(I2C + 0xb8, 0x5a)]);
  t.same(R(I2CAD5252RwRegister, new I2CAD5252RwRegisterOnBoard(3)), [...wr(I2C + 0x2d, 0x03), addr(I2C + 0xad, true)]);
  t.same(W(new I2CAD5252RwRegister(0x70), new I2CAD5252RwRegisterOnBoard(3)), [...wr(I2C + 0x2d, 0x03), ...wr(I2C + 0xad, 0x70)]);
  t.same(W(new I2CAD5252RwRegister(1), new I2CAD5252RwRegisterOnBoard(6)), [...wr(I2C + 0x2c, 0x21), ...wr(I2C + 0xac, 1)]);
  t.equal(R(I2CDAC6573RwRegister, new I2CDAC6573RwRegisterOnBoard(2)).length, 4);
  t.same(W(new I2CDAC6573RwRegister(0x3fa), new I2CDAC6573RwRegisterOnBoard(2)), [
    ...wr(I2C + 0x4c, 0x14), ...wr(I2C + 0x4c, 0xfe), ...wr(I2C + 0xcc, 0x80),
  ]);
  t.same(W(new I2CTCA9546Register(0x5), new I2CTCA9546RegisterOnBoard()), wr(I2C + 0xf0, 5));
  t.same(R(I2CTCA9546Register, new I2CTCA9546RegisterOnBoard()), [...wr(I2C + 0x70, 0), addr(I2C + 0xf0, true)]);
});

t.test('7.3.3 decode, including the I2C ACK-missing error', async (t) => {
  t.equal((Omnibus.decode([0x123], 0) as Omnibus).value, 0x123);
  t.same((Omnibus.decode([0x123], 0) as Omnibus).byteEnables, [true, true, true, true]);
  t.equal((OmnibusChipOverJTAG.decode([2 ** 32 + 0x77], 0)).value, 0x77);
  t.equal(JTAGIdCode.decode([0x48580af], 0).value, 0x48580af);
  t.equal(Timer.decode([99], 0).value, 99);
  t.equal(I2CIdRegister.decode([0, 0x12, 0x34, 0x56, 0x78], 1).value, 0x12345678);
  t.equal(I2CDAC6573RwRegister.decode([0xfe, 0x80], 0).value, 0x3fa);
  t.ok(NullPayloadReadable.decode([1], 0).equals(new NullPayloadReadable()));
  t.throws(() => I2CTempRegister.decode([0x12, 0x80000000], 0), I2CAckMissingError);
  t.throws(() => I2CTempRegister.decode([0x80000012, 0], 0), { message: /I2C ack missing, data invalid/ });
});

t.test('7.3.6 fill: all-ones and random values differ from the default (except Timer)', async (t) => {
  let seed = 7;
  const rnd = (max: number) => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return 1 + (seed % max);
  };
  for (const T of CONTAINER_TYPES) {
    const V = T as unknown as { range?: readonly [number, number]; defaultValue?: unknown; new (v?: unknown): WordContainer };
    let ones: WordContainer;
    let random: WordContainer;
    if (V.range) {
      ones = new V(V.range[1]);
      random = new V(rnd(V.range[1]));
    } else if (typeof V.defaultValue === 'boolean') {
      ones = new V(!V.defaultValue);
      random = ones;
    } else if (T === Omnibus) {
      ones = new Omnibus(0xffffffff);
      random = new Omnibus(rnd(0xffffffff), [true, false, true, false]);
    } else if ('packSize' in T) {
      const n = (T as unknown as { packSize: number }).packSize;
      ones = new V(new Array(n).fill(0xffff));
      random = new V(Array.from({ length: n }, () => rnd(0xffff)));
    } else {
      continue; // ResetJTAGTap, NullPayloadReadable carry no data
    }
    const d = T.create();
    if (T === Timer) t.ok(ones.equals(d), 'Timer compares equal regardless of value');
    else {
      t.notOk(ones.equals(d), `${T.typeName} all-ones differs from default`);
      t.notOk(random.equals(d), `${T.typeName} random differs from default`);
    }
    t.ok(ones.equals(T.fromJSON(JSON.parse(JSON.stringify(ones)))), `${T.typeName} all-ones JSON`);
  }
});
