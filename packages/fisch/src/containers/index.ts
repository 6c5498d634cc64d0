/**
 * All 29 fisch word containers in container.def order (spec 3.1).
 */
import type { WordContainerType } from './container.js';
import { I2CAD5252RwRegister, I2CDAC6573RwRegister, I2CIdRegister, I2CINA219RoRegister, I2CINA219RwRegister, I2CTCA9546Register, I2CTCA9554RoRegister, I2CTCA9554RwRegister, I2CTempRegister } from './i2c.js';
import { JTAGClockScaler, JTAGIdCode, JTAGPhyRegister, JTAGPLLRegister, OmnibusChipOverJTAG, ResetJTAGTap } from './jtag.js';
import { Omnibus, SpikePack1ToChip, SpikePack2ToChip, SpikePack3ToChip } from './omnibus.js';
import { SPIDACControlRegister, SPIDACDataRegister, SPIShiftRegister } from './spi.js';
import { Barrier, NullPayloadReadable, PollingOmnibusBlock, ResetChip, SystimeSync, Timer, WaitUntil } from './timing.js';

export * from './container.js';
export * from './value-container.js';
export * from './timing.js';
export * from './jtag.js';
export * from './omnibus.js';
export * from './spi.js';
export * from './i2c.js';

/** The container registry, in container.def order. */
export const CONTAINER_TYPES: readonly WordContainerType[] = [
  PollingOmnibusBlock,
  Barrier,
  WaitUntil,
  SystimeSync,
  SpikePack1ToChip,
  SpikePack2ToChip,
  SpikePack3ToChip,
  OmnibusChipOverJTAG,
  Omnibus,
  JTAGClockScaler,
  JTAGIdCode,
  JTAGPLLRegister,
  JTAGPhyRegister,
  ResetJTAGTap,
  ResetChip,
  Timer,
  SPIDACDataRegister,
  SPIDACControlRegister,
  SPIShiftRegister,
  NullPayloadReadable,
  I2CIdRegister,
  I2CTempRegister,
  I2CINA219RoRegister,
  I2CINA219RwRegister,
  I2CTCA9554RoRegister,
  I2CTCA9554RwRegister,
  I2CAD5252RwRegister,
  I2CDAC6573RwRegister,
  I2CTCA9546Register,
];
