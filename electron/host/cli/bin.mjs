#!/usr/bin/env node
// The `wajourney` command. It must work straight after `npm ci`, with nothing built, so it
// registers tsx's loader and imports the TypeScript entry directly.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
await main(process.argv.slice(2));
