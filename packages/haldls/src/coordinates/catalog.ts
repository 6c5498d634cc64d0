/**
 * Every haldls coordinate type with its size (halco naming, haldls.md section 1). Conversions and richer
 * views live in `geometry.ts` and on subclasses; this file only fixes names and ranges.
 * GENERATED ONCE from the spec tables; edit freely.
 */
import { defineCoordinate } from './base.js';

// ---- Hemisphere family (top = 0, bottom = 1; all interconvert by enum, haldls.md 1.1)
export class HemisphereOnDLS extends defineCoordinate('HemisphereOnDLS', 2) {}
export class SynramOnDLS extends defineCoordinate('SynramOnDLS', 2) {}
export class PPUOnDLS extends defineCoordinate('PPUOnDLS', 2) {}
export class NeuronRowOnDLS extends defineCoordinate('NeuronRowOnDLS', 2) {}
export class CADCOnDLS extends defineCoordinate('CADCOnDLS', 2) {}
export class CADCConfigOnDLS extends defineCoordinate('CADCConfigOnDLS', 2) {}
export class PADIEventOnDLS extends defineCoordinate('PADIEventOnDLS', 2) {}
export class CommonSynramConfigOnDLS extends defineCoordinate('CommonSynramConfigOnDLS', 2) {}
export class PADIBusBlockOnDLS extends defineCoordinate('PADIBusBlockOnDLS', 2) {}
export class CommonPADIBusConfigOnDLS extends defineCoordinate('CommonPADIBusConfigOnDLS', 2) {}
export class CommonSTPConfigOnDLS extends defineCoordinate('CommonSTPConfigOnDLS', 2) {}
export class PPUMemoryOnDLS extends defineCoordinate('PPUMemoryOnDLS', 2) {}
export class PPUControlRegisterOnDLS extends defineCoordinate('PPUControlRegisterOnDLS', 2) {}
export class PPUStatusRegisterOnDLS extends defineCoordinate('PPUStatusRegisterOnDLS', 2) {}
export class SynapseDriverBlockOnDLS extends defineCoordinate('SynapseDriverBlockOnDLS', 2) {}
export class SynapseDriverSRAMTimingConfigOnDLS extends defineCoordinate('SynapseDriverSRAMTimingConfigOnDLS', 2) {}
export class CommonCorrelationConfigOnDLS extends defineCoordinate('CommonCorrelationConfigOnDLS', 2) {}
export class CommonSynapseDriverConfigOnDLS extends defineCoordinate('CommonSynapseDriverConfigOnDLS', 2) {}
export class SynapseBlockOnDLS extends defineCoordinate('SynapseBlockOnDLS', 2) {}
export class SynapseWeightMatrixOnDLS extends defineCoordinate('SynapseWeightMatrixOnDLS', 2) {}
export class SynapseLabelMatrixOnDLS extends defineCoordinate('SynapseLabelMatrixOnDLS', 2) {}
export class SynapseCorrelationCalibMatrixOnDLS extends defineCoordinate('SynapseCorrelationCalibMatrixOnDLS', 2) {}
export class ColumnCorrelationRowOnDLS extends defineCoordinate('ColumnCorrelationRowOnDLS', 2) {}
export class ColumnCurrentRowOnDLS extends defineCoordinate('ColumnCurrentRowOnDLS', 2) {}
export class CADCSamplesOnDLS extends defineCoordinate('CADCSamplesOnDLS', 2) {}

// ---- Neurons (haldls.md 1.3)
export class NeuronColumnOnDLS extends defineCoordinate('NeuronColumnOnDLS', 256) {}
export class AtomicNeuronOnDLS extends defineCoordinate('AtomicNeuronOnDLS', 512) {}
export class NeuronConfigBlockOnDLS extends defineCoordinate('NeuronConfigBlockOnDLS', 4) {}
export class NeuronConfigOnNeuronConfigBlock extends defineCoordinate('NeuronConfigOnNeuronConfigBlock', 128) {}
export class NeuronConfigOnDLS extends defineCoordinate('NeuronConfigOnDLS', 512) {}
export class NeuronBackendConfigBlockOnDLS extends defineCoordinate('NeuronBackendConfigBlockOnDLS', 2) {}
export class NeuronBackendConfigOnNeuronBackendConfigBlock extends defineCoordinate('NeuronBackendConfigOnNeuronBackendConfigBlock', 256) {}
export class NeuronBackendConfigOnDLS extends defineCoordinate('NeuronBackendConfigOnDLS', 512) {}
export class NeuronResetBlockOnDLS extends defineCoordinate('NeuronResetBlockOnDLS', 2) {}
export class SpikeCounterReadBlockOnDLS extends defineCoordinate('SpikeCounterReadBlockOnDLS', 2) {}
export class SpikeCounterResetBlockOnDLS extends defineCoordinate('SpikeCounterResetBlockOnDLS', 2) {}
export class NeuronResetOnNeuronResetBlock extends defineCoordinate('NeuronResetOnNeuronResetBlock', 256) {}
export class NeuronResetOnDLS extends defineCoordinate('NeuronResetOnDLS', 512) {}
export class SpikeCounterReadOnDLS extends defineCoordinate('SpikeCounterReadOnDLS', 512) {}
export class SpikeCounterResetOnDLS extends defineCoordinate('SpikeCounterResetOnDLS', 512) {}
export class CommonNeuronBackendConfigOnDLS extends defineCoordinate('CommonNeuronBackendConfigOnDLS', 2) {}
export class BlockPostPulseOnDLS extends defineCoordinate('BlockPostPulseOnDLS', 2) {}
export class NeuronEventOutputOnNeuronBackendBlock extends defineCoordinate('NeuronEventOutputOnNeuronBackendBlock', 4) {}
export class NeuronEventOutputOnDLS extends defineCoordinate('NeuronEventOutputOnDLS', 8) {}
export class NeuronResetQuadOnDLS extends defineCoordinate('NeuronResetQuadOnDLS', 128) {}
export class NeuronSRAMTimingConfigOnDLS extends defineCoordinate('NeuronSRAMTimingConfigOnDLS', 4) {}
export class NeuronBackendSRAMTimingConfigOnDLS extends defineCoordinate('NeuronBackendSRAMTimingConfigOnDLS', 2) {}
export class NeuronColumnOnLogicalNeuron extends defineCoordinate('NeuronColumnOnLogicalNeuron', 128) {}
export class NeuronRowOnLogicalNeuron extends defineCoordinate('NeuronRowOnLogicalNeuron', 2) {}
export class CompartmentOnLogicalNeuron extends defineCoordinate('CompartmentOnLogicalNeuron', 255) {}
export class NeuronBlockOnDLS extends defineCoordinate('NeuronBlockOnDLS', 1) {}

// ---- Synapses and synram (haldls.md 1.4)
export class SynapseRowOnSynram extends defineCoordinate('SynapseRowOnSynram', 256) {}
export class SynapseRowOnDLS extends defineCoordinate('SynapseRowOnDLS', 512) {}
export class SynapseWeightRowOnDLS extends defineCoordinate('SynapseWeightRowOnDLS', 512) {}
export class SynapseLabelRowOnDLS extends defineCoordinate('SynapseLabelRowOnDLS', 512) {}
export class SynapseCorrelationCalibRowOnDLS extends defineCoordinate('SynapseCorrelationCalibRowOnDLS', 512) {}
export class CorrelationResetRowOnDLS extends defineCoordinate('CorrelationResetRowOnDLS', 512) {}
export class CADCSampleRowOnDLS extends defineCoordinate('CADCSampleRowOnDLS', 512) {}
export class SynapseOnSynapseRow extends defineCoordinate('SynapseOnSynapseRow', 256) {}
export class EntryOnQuad extends defineCoordinate('EntryOnQuad', 4) {}
export class SynapseQuadColumnOnDLS extends defineCoordinate('SynapseQuadColumnOnDLS', 64) {}
export class SynapseQuadOnSynram extends defineCoordinate('SynapseQuadOnSynram', 16384) {}
export class SynapseQuadOnDLS extends defineCoordinate('SynapseQuadOnDLS', 32768) {}
export class SynapseWeightQuadOnDLS extends defineCoordinate('SynapseWeightQuadOnDLS', 32768) {}
export class SynapseLabelQuadOnDLS extends defineCoordinate('SynapseLabelQuadOnDLS', 32768) {}
export class SynapseCorrelationCalibQuadOnDLS extends defineCoordinate('SynapseCorrelationCalibQuadOnDLS', 32768) {}
export class CorrelationResetOnDLS extends defineCoordinate('CorrelationResetOnDLS', 32768) {}
export class SynapseOnSynram extends defineCoordinate('SynapseOnSynram', 65536) {}
export class SynapseOnDLS extends defineCoordinate('SynapseOnDLS', 131072) {}
export class SynapseLabel extends defineCoordinate('SynapseLabel', 64) {}
export class SynapticInputOnNeuron extends defineCoordinate('SynapticInputOnNeuron', 2) {}
export class ColumnCorrelationQuadOnSynram extends defineCoordinate('ColumnCorrelationQuadOnSynram', 64) {}
export class ColumnCurrentQuadOnSynram extends defineCoordinate('ColumnCurrentQuadOnSynram', 64) {}
export class ColumnCorrelationQuadOnDLS extends defineCoordinate('ColumnCorrelationQuadOnDLS', 128) {}
export class ColumnCurrentQuadOnDLS extends defineCoordinate('ColumnCurrentQuadOnDLS', 128) {}
export class SynapseBiasSelectionOnDLS extends defineCoordinate('SynapseBiasSelectionOnDLS', 1) {}

// ---- Synapse drivers and PADI (haldls.md 1.5)
export class SynapseDriverOnSynapseDriverBlock extends defineCoordinate('SynapseDriverOnSynapseDriverBlock', 128) {}
export class SynapseDriverOnDLS extends defineCoordinate('SynapseDriverOnDLS', 256) {}
export class SynapseRowOnSynapseDriver extends defineCoordinate('SynapseRowOnSynapseDriver', 2) {}
export class PADIBusOnPADIBusBlock extends defineCoordinate('PADIBusOnPADIBusBlock', 4) {}
export class PADIBusOnDLS extends defineCoordinate('PADIBusOnDLS', 8) {}
export class SynapseDriverOnPADIBus extends defineCoordinate('SynapseDriverOnPADIBus', 32) {}
export class PADIRowSelectAddress extends defineCoordinate('PADIRowSelectAddress', 32) {}

// ---- Event routing (haldls.md 1.6)
export class CrossbarInputOnDLS extends defineCoordinate('CrossbarInputOnDLS', 20) {}
export class CrossbarOutputOnDLS extends defineCoordinate('CrossbarOutputOnDLS', 12) {}
export class CrossbarNodeOnDLS extends defineCoordinate('CrossbarNodeOnDLS', 76) {}
export class BackgroundSpikeSourceOnDLS extends defineCoordinate('BackgroundSpikeSourceOnDLS', 8) {}
export class CrossbarL2OutputOnDLS extends defineCoordinate('CrossbarL2OutputOnDLS', 4) {}
export class SPL1Address extends defineCoordinate('SPL1Address', 4) {}
export class CrossbarOutputConfigOnDLS extends defineCoordinate('CrossbarOutputConfigOnDLS', 1) {}
export class CrossbarOnDLS extends defineCoordinate('CrossbarOnDLS', 1) {}

// ---- CapMem (haldls.md 1.7)
export class CapMemColumnOnCapMemBlock extends defineCoordinate('CapMemColumnOnCapMemBlock', 130) {}
export class CapMemRowOnCapMemBlock extends defineCoordinate('CapMemRowOnCapMemBlock', 24) {}
export class CapMemCellOnCapMemBlock extends defineCoordinate('CapMemCellOnCapMemBlock', 3120) {}
export class CapMemBlockOnHemisphere extends defineCoordinate('CapMemBlockOnHemisphere', 2) {}
export class CapMemBlockOnDLS extends defineCoordinate('CapMemBlockOnDLS', 4) {}
export class CapMemCellOnDLS extends defineCoordinate('CapMemCellOnDLS', 12480) {}
export class CapMemBlockConfigOnDLS extends defineCoordinate('CapMemBlockConfigOnDLS', 4) {}
export class CapMemSRAMTimingConfigOnDLS extends defineCoordinate('CapMemSRAMTimingConfigOnDLS', 4) {}
export class ReferenceGeneratorConfigOnDLS extends defineCoordinate('ReferenceGeneratorConfigOnDLS', 1) {}
export class CapMemOnDLS extends defineCoordinate('CapMemOnDLS', 1) {}
export class UnusedCapMemCellOnDLS extends defineCoordinate('UnusedCapMemCellOnDLS', 90) {}

// ---- CADC (haldls.md 1.8)
export class CADCChannelType extends defineCoordinate('CADCChannelType', 2) {}
export class CADCReadoutType extends defineCoordinate('CADCReadoutType', 2) {}
export class CADCChannelColumnOnSynram extends defineCoordinate('CADCChannelColumnOnSynram', 256) {}
export class CADCChannelConfigOnSynram extends defineCoordinate('CADCChannelConfigOnSynram', 512) {}
export class CADCChannelConfigOnDLS extends defineCoordinate('CADCChannelConfigOnDLS', 1024) {}
export class CADCSampleQuadUnspecifiedReadoutOnSynram extends defineCoordinate('CADCSampleQuadUnspecifiedReadoutOnSynram', 32768) {}
export class CADCSampleQuadOnSynram extends defineCoordinate('CADCSampleQuadOnSynram', 65536) {}
export class CADCSampleQuadOnDLS extends defineCoordinate('CADCSampleQuadOnDLS', 131072) {}
export class CADCOffsetSRAMTimingConfigOnDLS extends defineCoordinate('CADCOffsetSRAMTimingConfigOnDLS', 4) {}

// ---- PPU, FPGA, PLL, readout, timing (haldls.md 1.9)
export class PPUMemoryWordOnPPU extends defineCoordinate('PPUMemoryWordOnPPU', 4096) {}
export class PPUMemoryWordOnDLS extends defineCoordinate('PPUMemoryWordOnDLS', 8192) {}
export class ExternalPPUMemoryByteOnFPGA extends defineCoordinate('ExternalPPUMemoryByteOnFPGA', 131072) {}
export class ExternalPPUMemoryQuadOnFPGA extends defineCoordinate('ExternalPPUMemoryQuadOnFPGA', 32768) {}
export class ExternalPPUDRAMMemoryByteOnFPGA extends defineCoordinate('ExternalPPUDRAMMemoryByteOnFPGA', 268435456) {}
export class ExternalPPUDRAMMemoryQuadOnFPGA extends defineCoordinate('ExternalPPUDRAMMemoryQuadOnFPGA', 67108864) {}
export class ExternalPPUMemoryOnFPGA extends defineCoordinate('ExternalPPUMemoryOnFPGA', 1) {}
export class SpikeIOAddress extends defineCoordinate('SpikeIOAddress', 256) {}
export class SpikeIOInputRouteOnFPGA extends defineCoordinate('SpikeIOInputRouteOnFPGA', 256) {}
export class SpikeIOOutputRouteOnFPGA extends defineCoordinate('SpikeIOOutputRouteOnFPGA', 65536) {}
export class SpikeIOConfigOnFPGA extends defineCoordinate('SpikeIOConfigOnFPGA', 1) {}
export class OutputRoutingTableEntryOnFPGA extends defineCoordinate('OutputRoutingTableEntryOnFPGA', 65536) {}
export class InputRoutingTableEntryOnFPGA extends defineCoordinate('InputRoutingTableEntryOnFPGA', 32768) {}
export class OutputRoutingTableOnFPGA extends defineCoordinate('OutputRoutingTableOnFPGA', 1) {}
export class InputRoutingTableOnFPGA extends defineCoordinate('InputRoutingTableOnFPGA', 1) {}
export class PhyConfigFPGAOnDLS extends defineCoordinate('PhyConfigFPGAOnDLS', 8) {}
export class PhyConfigChipOnDLS extends defineCoordinate('PhyConfigChipOnDLS', 8) {}
export class PhyStatusOnFPGA extends defineCoordinate('PhyStatusOnFPGA', 8) {}
export class CommonPhyConfigFPGAOnDLS extends defineCoordinate('CommonPhyConfigFPGAOnDLS', 1) {}
export class CommonPhyConfigChipOnDLS extends defineCoordinate('CommonPhyConfigChipOnDLS', 1) {}
export class ADPLLOnDLS extends defineCoordinate('ADPLLOnDLS', 2) {}
export class PLLClockOutputOnDLS extends defineCoordinate('PLLClockOutputOnDLS', 4) {}
export class PLLClockOutputBlockOnDLS extends defineCoordinate('PLLClockOutputBlockOnDLS', 1) {}
export class PLLSelfTestOnDLS extends defineCoordinate('PLLSelfTestOnDLS', 1) {}
export class PLLSelfTestStatusOnDLS extends defineCoordinate('PLLSelfTestStatusOnDLS', 1) {}
export class JTAGPLLRegisterOnDLS extends defineCoordinate('JTAGPLLRegisterOnDLS', 8) {}
export class JTAGPhyRegisterOnDLS extends defineCoordinate('JTAGPhyRegisterOnDLS', 8) {}
export class SourceMultiplexerOnReadoutSourceSelection extends defineCoordinate('SourceMultiplexerOnReadoutSourceSelection', 2) {}
export class PadMultiplexerConfigOnDLS extends defineCoordinate('PadMultiplexerConfigOnDLS', 2) {}
export class PadOnDLS extends defineCoordinate('PadOnDLS', 2) {}
export class TimerOnDLS extends defineCoordinate('TimerOnDLS', 1) {}
export class MADCConfigOnDLS extends defineCoordinate('MADCConfigOnDLS', 1) {}
export class MADCControlOnDLS extends defineCoordinate('MADCControlOnDLS', 1) {}
export class ReadoutSourceSelectionOnDLS extends defineCoordinate('ReadoutSourceSelectionOnDLS', 1) {}
export class CurrentDACOnDLS extends defineCoordinate('CurrentDACOnDLS', 1) {}
export class ReadoutChainOnDLS extends defineCoordinate('ReadoutChainOnDLS', 1) {}
export class MemoryTimingOnDLS extends defineCoordinate('MemoryTimingOnDLS', 1) {}
export class ChipOnDLS extends defineCoordinate('ChipOnDLS', 1) {}
export class SystimeSyncBaseOnDLS extends defineCoordinate('SystimeSyncBaseOnDLS', 1) {}
export class SystimeSyncOnFPGA extends defineCoordinate('SystimeSyncOnFPGA', 1) {}
export class BarrierOnFPGA extends defineCoordinate('BarrierOnFPGA', 1) {}
export class PollingOmnibusBlockOnFPGA extends defineCoordinate('PollingOmnibusBlockOnFPGA', 1) {}
export class PollingOmnibusBlockConfigOnFPGA extends defineCoordinate('PollingOmnibusBlockConfigOnFPGA', 1) {}
export class ResetChipOnDLS extends defineCoordinate('ResetChipOnDLS', 1) {}
export class EventRecordingConfigOnFPGA extends defineCoordinate('EventRecordingConfigOnFPGA', 1) {}
export class InstructionTimeoutConfigOnFPGA extends defineCoordinate('InstructionTimeoutConfigOnFPGA', 1) {}
export class SystimeCorrectionBarrierConfigOnFPGA extends defineCoordinate('SystimeCorrectionBarrierConfigOnFPGA', 1) {}
export class FPGADeviceDNAOnFPGA extends defineCoordinate('FPGADeviceDNAOnFPGA', 1) {}
export class FPGASystimeSyncNumRetriesOnFPGA extends defineCoordinate('FPGASystimeSyncNumRetriesOnFPGA', 1) {}
export class FPGASystimeSyncLastRTTOnFPGA extends defineCoordinate('FPGASystimeSyncLastRTTOnFPGA', 1) {}
export class FPGASystimeSyncLastAsicSystimeOnFPGA extends defineCoordinate('FPGASystimeSyncLastAsicSystimeOnFPGA', 1) {}
export class FPGASystimeSyncActiveStateOnFPGA extends defineCoordinate('FPGASystimeSyncActiveStateOnFPGA', 1) {}
export class HicannARQStatusOnFPGA extends defineCoordinate('HicannARQStatusOnFPGA', 1) {}
export class PerfTestOnFPGA extends defineCoordinate('PerfTestOnFPGA', 1) {}
export class PerfTestStatusOnFPGA extends defineCoordinate('PerfTestStatusOnFPGA', 1) {}
export class JTAGIdCodeOnDLS extends defineCoordinate('JTAGIdCodeOnDLS', 1) {}
export class JTAGClockScalerOnDLS extends defineCoordinate('JTAGClockScalerOnDLS', 1) {}
export class ResetJTAGTapOnDLS extends defineCoordinate('ResetJTAGTapOnDLS', 1) {}
export class NullPayloadReadableOnFPGA extends defineCoordinate('NullPayloadReadableOnFPGA', 1) {}
export class SpikePack1ToChipOnDLS extends defineCoordinate('SpikePack1ToChipOnDLS', 1) {}
export class SpikePack2ToChipOnDLS extends defineCoordinate('SpikePack2ToChipOnDLS', 1) {}
export class SpikePack3ToChipOnDLS extends defineCoordinate('SpikePack3ToChipOnDLS', 1) {}

// ---- Board (SPI DACs and shift register; haldls.md 3.15 / lola DACs)
export class ShiftRegisterOnBoard extends defineCoordinate('ShiftRegisterOnBoard', 1) {}
export class DACOnBoard extends defineCoordinate('DACOnBoard', 2) {}
export class DACChannelOnDAC extends defineCoordinate('DACChannelOnDAC', 8) {}
export class DACChannelOnBoard extends defineCoordinate('DACChannelOnBoard', 16) {}
export class DACChannelBlockOnBoard extends defineCoordinate('DACChannelBlockOnBoard', 1) {}
export class DACControlBlockOnBoard extends defineCoordinate('DACControlBlockOnBoard', 1) {}
