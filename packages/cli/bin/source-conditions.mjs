// Module resolve hook used by bss2.js when running from source: adds the `bss2-source` export condition, so
// the workspace packages resolve to their src/*.ts entry points (compiled by tsx) instead of dist/.
export async function resolve(specifier, context, nextResolve) {
  const conditions = context.conditions.includes('bss2-source') ? context.conditions : [...context.conditions, 'bss2-source'];
  return nextResolve(specifier, { ...context, conditions });
}
