export * from './physics/index.js';
export { SimConnection, type SimExecuteResult } from './connection/sim-connection.js';
export type { SimConnectionOptions, ResolvedSimOptions } from './connection/options.js';
export { createRegisterOnlyChipModel } from './connection/register-only-model.js';
export { defaultChipModelFactory } from './connection/default-model.js';
export {
  FpgaExecutor,
  FpgaRegister,
  validateProgram,
  SIM_DEVICE_DNA_HIGH,
  SIM_DEVICE_DNA_LOW,
  SIM_SYSTIME_SYNC_RTT,
  type ProgramStats,
  type StopReason,
  type TimeoutReport,
} from './fpga/executor.js';
export { InstructionCost, FPGA_CYCLES_PER_US, NS_PER_CYCLE } from './fpga/costs.js';
export { SIM_JTAG_IDCODE } from './fpga/jtag.js';
export { ResponseWriter } from './fpga/response-writer.js';
export { I2C_BASE, I2C_NACK, SPI_BASE } from './fpga/board-devices.js';
export { OmnibusRegisterFile, byteEnableMask, isFpgaAddress } from './registers/register-file.js';
export {
  lookupOmnibusRegister,
  builtinRegisterBlocks,
  type RegisterBlock,
  type RegisterInfo,
  type RegisterAccess,
} from './registers/address-map.js';
