import { describe, expect, it } from 'vitest';
import { Journey } from '../../../core/journey';
import { hasErrors, validateJourney } from '../../../core/rules';
import { check, entry, exit, journey, node, only, sendTemplate, waitFor, waitReply } from './helpers';

describe('structure rules', () => {
  it('accepts a minimal journey without any finding', () => {
    const j = journey([entry(), sendTemplate('t', 'welcome', 'fr', { '1': 'Ana' }), exit()], [['in', 't'], ['t', 'out']]);
    expect(check(j)).toEqual([]);
  });

  it('reports a missing entry once, and no unreachable noise', () => {
    const findings = check(journey([waitFor('w', 1), exit()], [['w', 'out']]));
    expect(findings.map((f) => f.rule)).toEqual(['structure.entry-missing']);
  });

  it('reports every entry when there are several', () => {
    const findings = only(check(journey([entry('a'), entry('b'), exit()], [['a', 'out'], ['b', 'out']])), 'structure.entry-multiple');
    expect(findings.map((f) => [f.node, f.params?.count])).toEqual([['a', 2], ['b', 2]]);
  });

  it('reports each kind of invalid edge by its id, and ignores it for the rest', () => {
    const base = Journey.parse({
      id: 'j',
      name: 'J',
      nodes: [
        { id: 'in', type: 'entry', data: { source: 'audience' } },
        { id: 'w', type: 'wait', data: { mode: 'duration', duration: { amount: 1, unit: 'hours' } } },
        { id: 'x', type: 'exit', data: {} },
      ],
      edges: [
        { id: 'ok', source: 'in', target: 'w' },
        { id: 'ghost-source', source: 'nope', target: 'x' },
        { id: 'ghost-target', source: 'w', target: 'nope' },
        { id: 'bad-handle', source: 'w', sourceHandle: 'yes', target: 'x' },
        { id: 'into-entry', source: 'w', target: 'in' },
        { id: 'second', source: 'in', target: 'x' },
        { id: 'exit-out', source: 'x', target: 'w' },
      ],
    });
    const findings = only(validateJourney({ journey: base }), 'structure.edge-invalid');
    expect(findings.map((f) => [f.edge, f.message])).toEqual([
      ['ghost-source', 'Connection ghost-source starts from node nope, which does not exist.'],
      ['ghost-target', 'Connection ghost-target leads to node nope, which does not exist.'],
      ['bad-handle', 'Connection bad-handle leaves w by "yes", an output that node does not have.'],
      ['into-entry', 'Connection into-entry leads into entry in: nothing can lead back to an entry.'],
      ['second', 'Output "out" of in is already connected (by ok): a contact follows one path.'],
      ['exit-out', 'Connection exit-out leaves x by "out", an output that node does not have.'],
    ]);
    // The invalid edges are not followed: x is unreachable and no cycle w -> in is seen.
    const all = validateJourney({ journey: base });
    expect(only(all, 'structure.unreachable').map((f) => f.node)).toEqual(['x']);
    expect(only(all, 'structure.cycle')).toEqual([]);
  });

  it('finds a handle connected twice on a split with many branches too', () => {
    const branches = Array.from({ length: 40 }, (_, k) => ({ id: `b${k}`, percent: 2.5 }));
    const exits = branches.map((b) => exit(`x${b.id}`));
    const edges: [string, string, string?][] = [['in', 'sp'], ...branches.map((b): [string, string, string] => ['sp', `x${b.id}`, b.id]), ['sp', 'xb1', 'b0']];
    const findings = check(journey([entry(), node('sp', 'split_random', { branches }), ...exits], edges));
    expect(findings.map((f) => [f.rule, f.edge, f.params?.other])).toEqual([['structure.edge-invalid', 'e42', 'e2']]);
  });

  it('reports one cycle per loop, with its route and closing edge', () => {
    const j = journey(
      [entry(), waitFor('a', 1), waitFor('b', 1), waitFor('c', 1), waitFor('self', 1)],
      [['in', 'a'], ['a', 'b'], ['b', 'c'], ['c', 'a'], ['self', 'self']],
    );
    const findings = only(check(j), 'structure.cycle');
    expect(findings.map((f) => [f.node, f.edge, f.params?.path])).toEqual([
      ['a', 'e4', ['a', 'b', 'c']],
      ['self', 'e5', ['self']],
    ]);
    expect(findings[0]?.message).toContain('a → b → c → a');
  });

  it('reports unreachable nodes as warnings', () => {
    const findings = check(journey([entry(), exit(), waitFor('lost', 1)], [['in', 'out']]));
    expect(findings.map((f) => [f.rule, f.severity, f.node])).toEqual([['structure.unreachable', 'warning', 'lost']]);
    expect(hasErrors(findings)).toBe(false);
  });

  it('reports unconnected split branches and wait-for-reply outputs, not out or failed', () => {
    const j = journey(
      [entry(), node('sp', 'split_random', { branches: [{ id: 'a', percent: 50 }, { id: 'b', percent: 50 }] }), waitReply('r'), sendTemplate('t', 'welcome', 'fr', { '1': 'x' })],
      [['in', 'sp'], ['sp', 'r', 'a'], ['r', 't', 'replied']],
    );
    const findings = only(check(j), 'structure.dangling-branch');
    expect(findings.map((f) => [f.node, f.params?.handle])).toEqual([['sp', 'b'], ['r', 'timeout']]);
  });

  it('reports the data a step lacks, with the field path', () => {
    const j = journey(
      [
        entry('in', { source: 'event' }),
        node('t', 'whatsapp_template'),
        node('s', 'whatsapp_session'),
        node('w', 'wait', { mode: 'until' }),
        node('e', 'split_engagement', {}),
        node('r', 'split_random', { branches: [] }),
        node('u', 'update_contact', {}),
        node('b', 'whatsapp_session', { message: { kind: 'buttons', text: ' ', buttons: [] } }),
      ],
      [['in', 't'], ['t', 's'], ['s', 'w'], ['w', 'e'], ['e', 'r', 'yes'], ['e', 'u', 'no'], ['u', 'b']],
    );
    const findings = only(check(j), 'structure.config-missing');
    expect(findings.map((f) => [f.node, f.path?.join('.')])).toEqual([
      ['in', 'data.event'],
      ['t', 'data.template'],
      ['s', 'data.message'],
      ['w', 'data.at'],
      ['e', 'data.message'],
      ['e', 'data.metric'],
      ['r', 'data.branches'],
      ['u', 'data.set'],
      ['b', 'data.message.text'],
      ['b', 'data.message.buttons'],
    ]);
  });
});
