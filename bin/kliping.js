#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { followParent, launch, launchFlags } from '../dist/cli/launch.js';

// A reading command runs in a child node with batch garbage-collector settings (see src/cli/launch.ts).
const args = process.argv.slice(2);
const flags = launchFlags(args, process.env, process.execArgv);
const code = flags ? await launch(fileURLToPath(import.meta.url), args, flags) : null;
if (code !== null) process.exitCode = code;
else {
  followParent();
  const { main } = await import('../dist/cli.js');
  main(process.argv).then(
    (exit) => {
      process.exitCode = exit;
    },
    (error) => {
      process.stderr.write(`kliping: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
