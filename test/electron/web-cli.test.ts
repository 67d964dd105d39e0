import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runNode } from './run-process';

const webCli = ['--import', 'tsx', 'electron/host/web/web-cli.ts'];

describe('npm run web', () => {
  it('answers a bad flag with one line and exit 2', async () => {
    const result = await runNode([...webCli, '--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^web: Unknown option '--bogus'/);
  });

  it('answers a bad port with one line and exit 2', async () => {
    const result = await runNode([...webCli, '--port', 'eighty']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe("web: invalid --port 'eighty': expected a number from 0 to 65535");
  });

  it('answers a port in use with one line and exit 2, no stack trace', async () => {
    const blocker = createServer();
    const port = await new Promise<number>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port)));
    try {
      const result = await runNode([...webCli, '--port', String(port)]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim()).toBe(`web: port ${port} is already in use on 127.0.0.1`);
    } finally {
      blocker.close();
    }
  });
});
