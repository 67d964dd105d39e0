import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION, exportJourneyFile, importJourneyFile, MIGRATIONS, migrateJourneyFile } from '../../../core/journey';
import { v0ToV1 } from '../../../core/journey/migrations/v0-to-v1';

/** A format 0 file as the prototype wrote it (see migrations/v0-to-v1.ts). */
function v0File() {
  return {
    journey: {
      id: 'legacy',
      name: 'Legacy welcome',
      nodes: [
        { id: 'n1', kind: 'entry', x: 0, y: 40, data: { source: 'audience' } },
        { id: 'n2', kind: 'whatsapp_template', x: 260, y: 40, data: { template: 'welcome', language: 'en' } },
        { id: 'n3', kind: 'exit', data: {} },
      ],
      edges: [
        { id: 'e1', source: 'n1', handle: 'out', target: 'n2' },
        { id: 'e2', source: 'n2', handle: 'failed', target: 'n3' },
        { id: 'e3', source: 'n2', target: 'n3' },
      ],
    },
    templates: [{ name: 'welcome', language: 'en', category: 'UTILITY', status: 'APPROVED', components: { body: { text: 'Hi' } } }],
  };
}

describe('migrations', () => {
  it('has one step per version, in order, up to the current version', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: CURRENT_FORMAT_VERSION }, (_, i) => i));
  });

  it('migrates a format 0 file on import and says so', () => {
    const result = importJourneyFile(JSON.stringify(v0File()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    expect(result.file.format).toBe('wa-journey');
    expect(result.file.version).toBe(1);
    expect(result.file.journey.nodes).toEqual([
      { id: 'n1', type: 'entry', position: { x: 0, y: 40 }, data: { source: 'audience' } },
      { id: 'n2', type: 'whatsapp_template', position: { x: 260, y: 40 }, data: { template: 'welcome', language: 'en' } },
      { id: 'n3', type: 'exit', data: {} },
    ]);
    expect(result.file.journey.edges.map((e) => e.sourceHandle)).toEqual(['out', 'failed', 'out']);
    expect(result.file.templates).toHaveLength(1);
  });

  it('exports a migrated file as the current format, which reads back without migration', () => {
    const first = importJourneyFile(JSON.stringify(v0File()));
    if (!first.ok) throw new Error('v0 import failed');
    const again = importJourneyFile(exportJourneyFile(first.file));
    expect(again).toEqual({ ok: true, file: first.file });
  });

  it('treats "version": 0 with the format name as format 0', () => {
    const result = importJourneyFile(JSON.stringify({ format: 'wa-journey', version: 0, ...v0File() }));
    expect(result.ok && result.migratedFrom).toBe(0);
  });

  it('does not modify its input', () => {
    const input = v0File();
    const before = JSON.stringify(input);
    v0ToV1.migrate(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('prefers fields already in the new shape and leaves the rest to the schema', () => {
    const out = v0ToV1.migrate({
      journey: {
        nodes: [{ id: 'a', type: 'exit', kind: 'entry', position: { x: 1, y: 2 }, x: 9 }, 'junk', { id: 'b', kind: 'exit', x: 3 }],
        edges: [{ id: 'e', sourceHandle: 'yes', handle: 'no' }, 42],
      },
    });
    expect(out).toEqual({
      format: 'wa-journey',
      version: 1,
      journey: {
        nodes: [{ id: 'a', type: 'exit', kind: 'entry', position: { x: 1, y: 2 }, x: 9 }, 'junk', { id: 'b', type: 'exit', position: { x: 3, y: undefined } }],
        edges: [{ id: 'e', sourceHandle: 'yes', handle: 'no' }, 42],
      },
    });
  });

  it('reports a v0 file that is still broken after migration with paths into the new shape', () => {
    const file = v0File();
    (file.journey.nodes[1] as Record<string, unknown>).kind = 'sms';
    delete (file.journey.nodes[0] as Record<string, unknown>).y;
    const result = importJourneyFile(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(['journey.nodes[0].position.y', 'journey.nodes[1].type']);
  });

  it('is total on odd shapes', () => {
    for (const odd of [{ journey: {} }, { journey: { nodes: 'x', edges: null } }, { journey: { nodes: [null, [], 1] } }]) {
      expect(() => migrateJourneyFile(odd, 0, 1)).not.toThrow();
    }
  });

  it('refuses to run a history with a gap (a programmer error)', () => {
    expect(() => migrateJourneyFile({}, 0, 2, [v0ToV1])).toThrow('no migration step from format 1');
  });
});
