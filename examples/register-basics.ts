/**
 * The README's register example: write a synapse quad and a CapMem cell, read the quad back through a typed
 * ticket. Run alone: node --conditions=bss2-source --import tsx examples/register-basics.ts
 */
import type { Connection } from '@bss2/fisch';
import { CapMemCell, CapMemCellOnDLS, SynapseQuad, SynapseQuadOnDLS } from '@bss2/haldls';
import { Barrier, PlaybackProgramBuilder, run } from '@bss2/stadls';

export async function registerBasics(connection: Connection): Promise<{ weights: readonly number[]; labels: readonly number[] }> {
  const quad = SynapseQuadOnDLS.from({ quadColumn: 3, row: 1, synram: 0 });
  const b = new PlaybackProgramBuilder();
  b.write(quad, new SynapseQuad({ weights: [0, 0, 61, 0], labels: [0, 0, 63, 0] }));
  b.write(CapMemCellOnDLS.from({ block: 0, column: 5, row: 0 }), new CapMemCell({ value: 600 }));
  const ticket = b.read<SynapseQuad>(quad);
  b.blockUntilBarrier(Barrier.omnibus);
  await run(connection, b.done());
  return { weights: ticket.get().weights, labels: ticket.get().labels };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { SimConnection } = await import('@bss2/sim');
  const connection = new SimConnection();
  try {
    console.log(await registerBasics(connection));
  } finally {
    await connection.close();
  }
}
