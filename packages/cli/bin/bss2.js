#!/usr/bin/env node
// Launcher of the `bss2` command. Runs the compiled CLI from dist/ when it has been built; otherwise runs the
// TypeScript sources in this same process: tsx compiles them and a resolve hook adds the `bss2-source`
// export condition (the packages' "exports" point at src/*.ts under it). No child process is involved, so
// signals reach the CLI directly: the first SIGINT/SIGTERM ends `serve` gracefully, a second one exits.
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist', 'main.js');
const sourceMode = process.env.BSS2_FROM_SOURCE === '1' || !existsSync(dist);

if (sourceMode) {
  const { register: registerTsx } = await import('tsx/esm/api');
  registerTsx();
  if (!process.execArgv.includes('--conditions=bss2-source')) register('./source-conditions.mjs', import.meta.url);
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
