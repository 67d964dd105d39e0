// Worker threads do not inherit the test runner's TypeScript loader: register tsx, as
// electron/host/cli/bin.mjs does, then load the TypeScript worker entry.
import { register } from 'tsx/esm/api';

register();
await import('./worker-entry.ts');
