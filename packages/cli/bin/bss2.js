#!/usr/bin/env node
// Launcher of the `bss2` command. Runs the compiled CLI from dist/ when it has been built; otherwise runs the
// TypeScript sources through tsx with the `bss2-source` export condition, so a fresh clone works right after
// `npm ci` without a build step.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist', 'main.js');
const sourceMode = process.env.BSS2_FROM_SOURCE === '1' || !existsSync(dist);
const conditionsOk = process.execArgv.includes('--conditions=bss2-source');

if (sourceMode && !conditionsOk) {
  // Re-exec with tsx and the source condition: the packages' "exports" point at src/*.ts under it. The child
  // handles SIGINT/SIGTERM itself (graceful serve shutdown); this parent must not die first.
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => undefined);
  const r = spawnSync(process.execPath, ['--conditions=bss2-source', '--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, BSS2_FROM_SOURCE: '1' },
  });
  process.exit(r.status ?? 1);
}

const { main } = await import(sourceMode ? '../src/main.ts' : '../dist/main.js');
const controller = new AbortController();
let interrupted = 0;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    interrupted++;
    if (interrupted > 1) process.exit(130);
    controller.abort();
  });
}
const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  signal: controller.signal,
});
process.exitCode = code;
