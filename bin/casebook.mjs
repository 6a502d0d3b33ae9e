#!/usr/bin/env node
// Runs the engine's command line straight from its TypeScript source.
import { register } from 'tsx/esm/api';

register();
const { runCli, nodeIo } = await import('../src/engine/cli.ts');
process.exitCode = runCli(process.argv.slice(2), nodeIo);
