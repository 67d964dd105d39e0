import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sandboxCommand, type SandboxIo } from '../../../electron/host/cli/commands/sandbox';
import { send } from '../http-client';
import { projectRoot } from '../run-process';

const journey = JSON.stringify({
  format: 'wa-journey',
  version: 1,
  journey: { id: 'j', name: 'J', nodes: [{ id: 'n1', type: 'entry', data: { source: 'audience' } }], edges: [] },
  templates: [{ name: 'hello', language: 'en', category: 'UTILITY', status: 'APPROVED', components: { body: { text: 'Hello {{1}}.' } } }],
});

function io(files: Record<string, string>, stopped: Promise<void>): SandboxIo & { out: string; err: string } {
  const capture = {
    out: '',
    err: '',
    cwd: '/',
    env: {},
    stopped,
    stdout: (text: string) => void (capture.out += text),
    stderr: (text: string) => void (capture.err += text),
    readFile: async (path: string) => {
      if (files[path] === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return files[path];
    },
  };
  return capture;
}

describe('wajourney sandbox', () => {
  it('prints the base URL, serves the templates of a journey file, and stops when asked', async () => {
    let stop!: () => void;
    const capture = io({ 'j.json': journey }, new Promise((resolve) => (stop = resolve)));
    const running = sandboxCommand(['--templates', 'j.json', '--token', 'T1'], capture);
    await expect.poll(() => capture.out).toMatch(/^http:\/\/127\.0\.0\.1:\d+\n$/);
    const port = Number(new URL(capture.out.trim()).port);
    const body = JSON.stringify({ messaging_product: 'whatsapp', to: '15551234567', type: 'template', template: { name: 'hello', language: { code: 'en' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ann' }] }] } });
    const path = '/v23.0/100000000000001/messages';
    expect((await send(port, { method: 'POST', path, body, headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await send(port, { method: 'POST', path, body, headers: { authorization: 'Bearer T1' } })).status).toBe(200);
    const listed = JSON.parse((await send(port, { path: '/sandbox/messages' })).body) as { messages: { template: string }[] };
    expect(listed.messages.map((m) => m.template)).toEqual(['hello']);
    stop();
    await expect(running).resolves.toBe(0);
    await expect(send(port, { path: '/sandbox/messages' })).rejects.toThrow();
  });

  it.each([
    [['--port', 'x'], /invalid --port 'x'/],
    [['--webhook', 'ftp://x'], /invalid --webhook/],
    [['--templates', 'missing.json'], /cannot read missing\.json: no such file/],
    [['--templates', 'bad.json'], /^bad\.json: /],
    [['extra'], /takes no file argument/],
  ])('refuses %j with one line', async (argv, message) => {
    await expect(sandboxCommand(argv, io({ 'bad.json': '[{"name": 1}]' }, new Promise(() => {})))).rejects.toMatchObject({ name: 'UsageError', message: expect.stringMatching(message) });
  });

  it('runs from the launcher and stops cleanly on SIGINT', async () => {
    const child = spawn(process.execPath, ['electron/host/cli/bin.mjs', 'sandbox', '--port', '0'], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await expect.poll(() => out, { timeout: 15_000 }).toMatch(/^http:\/\/127\.0\.0\.1:\d+\n/);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(err).toContain('sandbox stopped');
  }, 20_000);
});
