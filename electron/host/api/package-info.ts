// Read at build time by Vite (main) and at run time by tsx (web host, CLI): one source of
// truth for the name and version shown in the app and printed by the CLI.
import packageJson from '../../../package.json' with { type: 'json' };

export const packageInfo = {
  name: packageJson.productName,
  version: packageJson.version,
} as const;
