import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index';
import { addressees, injectsFor } from '../../src/scenario/roles';
import { diagnose, fixture } from './diagnose';

function load(name: string) {
  const { scenario, diagnostics } = loadScenario(fixture(name), { file: `${name}.yaml` });
  expect(diagnostics).toEqual([]);
  if (scenario === null) throw new Error('expected a scenario');
  return scenario;
}

describe('loadScenario: roles', () => {
  it('reads declared roles in file order, a built-in one keeping its label when none is given', () => {
    const s = load('roles-valid');
    expect(s.roles).toEqual([
      {
        id: 'legal',
        label: 'General counsel',
        brief: "Protect the company's position; every word in public can be used in court.",
      },
      {
        id: 'cfo',
        label: 'Chief financial officer',
        brief: 'Protect the quarter; the results call is on Thursday.',
      },
    ]);
    const memo = s.beats[0]?.injects[0];
    expect(memo?.to).toEqual(['legal', 'cfo']);
    expect(memo && addressees(s, memo).map((r) => r.label)).toEqual([
      'General counsel',
      'Chief financial officer',
    ]);
  });

  it('adds a built-in role an inject addresses without declaring it, with its default label', () => {
    const s = load('role-built-in-undeclared');
    expect(s.roles).toEqual([
      { id: 'legal', label: 'General counsel' },
      { id: 'ciso', label: 'Chief information security officer' },
    ]);
  });

  it("tells a deadline's missed inject from its deficient one, for the role cards", () => {
    const s = load('roles-deadline-injects');
    expect(
      injectsFor(s, 'legal').map(({ inject, source }) => [inject.id, source.kind === 'deadline' && source.outcome]),
    ).toEqual([
      ['regulator_chaser', 'missed'],
      ['regulator_query', 'deficient'],
    ]);
  });

  it('has no roles and no addressees when the scenario uses none', () => {
    const s = load('valid-minimal');
    expect(s.roles).toEqual([]);
    expect(s.beats.flatMap((b) => b.injects).every((i) => i.to === undefined)).toBe(true);
  });

  it('reports an unknown role, with the closest role id or the ones there are', () => {
    expect(diagnose('role-unknown')).toMatchInlineSnapshot(`
      [
        "28:14-28:19 error CR320 unknown role 'lgeal'; did you mean 'legal'? @ beats[0].injects[0].to[0]",
        "28:21-28:30 error CR320 unknown role 'treasurer'; declare it under roles, or use one of ceo, legal, ciso, comms @ beats[0].injects[0].to[1]",
      ]
    `);
  });

  it('reports a role listed twice in one inject', () => {
    expect(diagnose('role-repeated')).toMatchInlineSnapshot(`
      [
        "28:26-28:31 error CR321 role 'legal' is listed twice in this inject's to: remove one @ beats[0].injects[0].to[2]",
      ]
    `);
  });

  it('reports a role declared twice', () => {
    expect(diagnose('role-declared-twice')).toMatchInlineSnapshot(`
      [
        "16:9-16:12 error CR310 duplicate role id 'cfo'; the first is at roles[0].id: rename one @ roles[1].id",
      ]
    `);
  });

  it("asks for a label on a role of the scenario's own", () => {
    expect(diagnose('role-without-label')).toMatchInlineSnapshot(`
      [
        "13:5-13:12 error CR202 role 'cfo' is not built in (ceo, legal, ciso, comms): give it a label @ roles[0]",
      ]
    `);
  });

  it('reports an unknown key in a role', () => {
    expect(diagnose('role-unknown-key')).toMatchInlineSnapshot(`
      [
        "16:5-16:9 error CR203 unknown key 'mood' in role @ roles[0].mood",
      ]
    `);
  });

  it('reports an empty to list', () => {
    expect(diagnose('inject-to-empty')).toMatchInlineSnapshot(`
      [
        "26:13-26:15 error CR207 to needs at least 1 item @ beats[0].injects[0].to",
      ]
    `);
  });
});
