import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCommand, type ValidateIo } from '../../electron/host/cli/commands/validate';
import { RULES, type RuleId } from '../../core/rules';
import { projectRoot, runNode } from './run-process';

const fixtures = join(projectRoot, 'test/fixtures/journeys');
type Fixture = { file: string; rule: RuleId; breaks: boolean; audience?: string };
const manifest = JSON.parse(await readFile(join(fixtures, 'index.json'), 'utf8')) as Fixture[];

/** Captured io over real files, with extra in-memory files for the odd cases. */
function io(options: { isTTY?: boolean; env?: Record<string, string>; files?: Record<string, string> } = {}): ValidateIo & { out: string; err: string } {
  const capture = {
    out: '',
    err: '',
    cwd: fixtures,
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    stdout: (text: string) => void (capture.out += text),
    stderr: (text: string) => void (capture.err += text),
    readFile: async (path: string) => options.files?.[path] ?? readFile(join(fixtures, path), 'utf8'),
  };
  return capture;
}

const withAudience = (f: Fixture) => [f.file, ...(f.audience ? ['--audience', f.audience] : [])];

describe('wajourney validate', () => {
  it.each(manifest.map((f) => [`${f.file}${f.audience ? ` --audience ${f.audience}` : ''}`, f] as const))('%s: exit code and --json findings', async (_name, fixture) => {
    const capture = io();
    const code = await validateCommand([...withAudience(fixture), '--json'], capture);
    const { findings } = JSON.parse(capture.out) as { findings: Record<string, unknown>[] };
    const breaksWithError = fixture.breaks && RULES[fixture.rule].severity === 'error';
    expect(code).toBe(breaksWithError ? 1 : 0);
    expect(findings.some((f) => f.rule === fixture.rule)).toBe(fixture.breaks);
    for (const f of findings) {
      expect(Object.keys(f).every((k) => ['rule', 'severity', 'node', 'edge', 'message'].includes(k))).toBe(true);
      expect(typeof f.message).toBe('string');
    }
    expect(capture.err).toBe('');
  });

  it('prints readable lines, plain when piped', async () => {
    const capture = io();
    await expect(validateCommand(['template.paused.bad.journey.json'], capture)).resolves.toBe(1);
    expect(capture.out).toBe(
      'error    template.paused  node welcome  Template "welcome" (fr) is paused for low quality: sends fail with 132015 until Meta reinstates it.\n' +
        'template.paused.bad.journey.json: 1 error, 0 warnings\n',
    );
    const clean = io();
    await expect(validateCommand(['template.paused.good.journey.json'], clean)).resolves.toBe(0);
    expect(clean.out).toBe('template.paused.good.journey.json: no findings\n');
  });

  it('colours on a terminal unless NO_COLOR is set', async () => {
    const tty = io({ isTTY: true });
    await validateCommand(['structure.unreachable.bad.journey.json'], tty);
    expect(tty.out).toContain('\u001b[33mwarning');
    const noColour = io({ isTTY: true, env: { NO_COLOR: '1' } });
    await validateCommand(['structure.unreachable.bad.journey.json'], noColour);
    expect(noColour.out).not.toContain('\u001b[');
  });

  it('writes French for a French locale', async () => {
    const capture = io({ env: { LANG: 'fr_FR.UTF-8' } });
    await validateCommand(['structure.cycle.bad.journey.json', '--json'], capture);
    expect(capture.out).toContain('Ces nœuds forment une boucle');
  });

  it('adds templates and channels from --templates and --channels, after the file\'s own', async () => {
    const english = { name: 'welcome', language: 'en', category: 'UTILITY', status: 'APPROVED', components: { body: { text: 'Hello {{1}}, welcome.' } } };
    const red = { id: 'ch-fr', displayName: 'Maison Dupont', mode: 'sandbox', quality: 'RED' };
    const files = { 'extra.json': JSON.stringify([english]), 'red.json': JSON.stringify(red) };
    await expect(validateCommand(['template.not-found.bad.journey.json', '--templates', 'extra.json'], io({ files }))).resolves.toBe(0);
    // The file carries a GREEN ch-fr, which wins over the RED copy.
    const fileWins = io({ files });
    await validateCommand(['capacity.quality-red.good.journey.json', '--channels', 'red.json', '--json'], fileWins);
    expect(fileWins.out).not.toContain('capacity.quality-red');
    // A journey file is also a templates file.
    await expect(validateCommand(['template.not-found.good.journey.json', '--templates', 'template.pending.good.journey.json'], io())).resolves.toBe(0);
  });

  it('reports bad audience rows on stderr and validates with the good ones', async () => {
    const files = { 'rows.csv': 'phone,first_name,whatsapp_opt_in\n+33612345601,Ana,yes\nnot-a-phone,Bo,yes\n+33612345602,Cy,no\n' };
    const capture = io({ files });
    await expect(validateCommand(['template.paused.good.journey.json', '--audience', 'rows.csv', '--json'], capture)).resolves.toBe(0);
    expect(capture.err).toMatch(/^rows\.csv: line 3.*\(row skipped\)\n$/);
    expect(JSON.parse(capture.out).findings.map((f: { rule: string }) => f.rule)).toEqual(['consent.opt-in-missing']);
  });

  it.each([
    [['missing.journey.json'], /^cannot read missing\.journey\.json: no such file$/],
    [['broken.json'], /^broken\.json: line 1, column \d+: /],
    [['wrong.json'], /^wrong\.json: journey\.nodes\[0\]\.type: /],
    [['template.paused.good.journey.json', '--templates', 'broken.json'], /^broken\.json: line 1/],
    [['template.paused.good.journey.json', '--channels', 'missing.json'], /^cannot read missing\.json/],
    [['template.paused.good.journey.json', '--audience', 'nophone.csv'], /^nophone\.csv: line 1: /],
    [[], /needs a JOURNEY file/],
    [['a.json', 'b.json'], /takes one JOURNEY file/],
    [['template.paused.good.journey.json', '--bogus'], /--bogus/],
  ])('refuses %j with one line and exit 2', async (argv, message) => {
    const files = {
      'broken.json': '{ "format": ',
      'wrong.json': JSON.stringify({ format: 'wa-journey', version: 1, journey: { id: 'j', name: 'J', nodes: [{ id: 'n', type: 'teleport', data: {} }], edges: [] } }),
      'nophone.csv': 'name,city\nAna,Paris\n',
    };
    const error = await validateCommand(argv, io({ files })).then(
      () => undefined,
      (e: unknown) => e as { name: string; exitCode: number; message: string },
    );
    expect(error).toMatchObject({ name: 'UsageError', exitCode: 2 });
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain('\n');
  });
});

describe('wajourney validate through the launcher', () => {
  it('exits 1 with an error finding and prints the JSON findings', async () => {
    const result = await runNode(['electron/host/cli/bin.mjs', 'validate', 'test/fixtures/journeys/structure.cycle.bad.journey.json', '--json'], { env: { LANG: 'C' } });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings[0]).toMatchObject({ rule: 'structure.cycle', severity: 'error', node: 'welcome', edge: 'e3' });
  });

  it('exits 0 on a clean journey, and 2 with one line on stderr for a file it cannot read', async () => {
    const clean = await runNode(['electron/host/cli/bin.mjs', 'validate', 'test/fixtures/journeys/structure.cycle.good.journey.json']);
    expect(clean).toMatchObject({ code: 0, stderr: '' });
    const missing = await runNode(['electron/host/cli/bin.mjs', 'validate', 'nowhere.journey.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('wajourney: cannot read nowhere.journey.json: no such file\n');
  });
});
