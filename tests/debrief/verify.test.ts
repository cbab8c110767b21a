import { describe, expect, it } from 'vitest';
import { buildReport, compareReports, toJson, verifiedExport, verifiedReport } from '../../src/debrief/index';
import type { SaveFile } from '../../src/engine/types';
import { fixtureScenario, playSession } from './play';

const scenario = fixtureScenario('breach-mini');

/** Green's genuine run: silence, then lawyers; it scores 28. */
function greenSave(): SaveFile {
  const { session, tick } = playSession(scenario, 'Green');
  tick(30);
  session.choose('stay_silent');
  tick(40);
  session.choose('lawyer_up');
  return JSON.parse(JSON.stringify(session.save())) as SaveFile;
}

/** Blue's genuine run: the recommended choices; it scores 90. */
function blueSave(): SaveFile {
  const { session } = playSession(scenario, 'Blue');
  session.choose('disclose_early');
  session.choose('file_report');
  return JSON.parse(JSON.stringify(session.save())) as SaveFile;
}

type Mutable = { -readonly [K in keyof SaveFile]: unknown } & Record<string, unknown>;
const edit = (save: SaveFile, change: (copy: Mutable & { log: Record<string, unknown>[] }) => void): unknown => {
  const copy = JSON.parse(JSON.stringify(save)) as Mutable & { log: Record<string, unknown>[] };
  change(copy);
  return copy;
};

describe('verifiedReport', () => {
  it('scores a genuine save from its replay', () => {
    const result = verifiedReport(scenario, greenSave());
    expect(result.ok && result.report.score.overall).toBe(28);
  });

  it('shows no score for a save whose scenario hash changed and whose state was rewritten', () => {
    const blue = blueSave();
    const forged = edit(greenSave(), (save) => {
      save.scenario = { ...(save.scenario as object), hash: 'f'.repeat(64) };
      save.state = blue.state;
      save.finished = true;
    });
    const result = verifiedReport(scenario, forged);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.unverified.reason).toContain('another version of "breach_mini"');
  });

  it('shows no score for a save whose final state was rewritten', () => {
    const forged = edit(greenSave(), (save) => {
      save.state = blueSave().state;
    });
    expect(verifiedReport(scenario, forged).ok).toBe(false);
  });

  it.each([
    [
      'a decision notice that the replay does not produce',
      (save: Mutable & { log: Record<string, unknown>[] }) => {
        const entry = save.log[1]!;
        entry.notices = [{ kind: 'decision', beat: 'detection', choice: 'disclose_early', expired: false }];
      },
    ],
    [
      'no decisions listed',
      (save: Mutable & { log: Record<string, unknown>[] }) => {
        for (const entry of save.log) entry.notices = [];
      },
    ],
    [
      'a refused event marked accepted',
      (save: Mutable & { log: Record<string, unknown>[] }) => {
        save.log.push({ ...save.log[1]!, seq: save.log.length, accepted: true, notices: [] });
      },
    ],
    [
      'an accepted event marked refused',
      (save: Mutable & { log: Record<string, unknown>[] }) => {
        save.log[2]!.accepted = false;
      },
    ],
    [
      'an entry moved to another beat',
      (save: Mutable & { log: Record<string, unknown>[] }) => {
        save.log[2]!.beat = 'detection';
      },
    ],
    [
      'an impossible wall-clock time',
      (save: Mutable & { log: Record<string, unknown>[] }) => {
        save.log[1]!.wall = -1e300;
      },
    ],
  ])('refuses a save whose log has %s, though its final state is genuine', (_case, change) => {
    const result = verifiedReport(scenario, edit(greenSave(), change));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.unverified.reason).toMatch(/log|damaged/);
  });
});

describe('verifiedExport', () => {
  const green = buildReport(scenario, greenSave());
  const blue = buildReport(scenario, blueSave());

  it('rebuilds an export whose score was edited, and says what it claimed', () => {
    const edited = JSON.parse(toJson(green)) as { score: { overall: number } };
    edited.score.overall = 99;
    const result = verifiedExport(scenario, edited);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.score.overall).toBe(28);
    expect(result.report.warnings[0]).toContain('it claimed a score of 99, but the session save inside it replays to 28');
    const ranked = compareReports([
      { source: 'blue.json', report: blue },
      { source: 'green.json', report: result.report },
    ]);
    expect(ranked.ok && ranked.comparison.teams.map((t) => t.overall)).toEqual([90, 28]);
  });

  it('takes an untouched export as it is', () => {
    const result = verifiedExport(scenario, toJson(green));
    expect(result.ok && result.report.warnings).toEqual(green.warnings);
  });

  it('marks an export unverified when its scenario is not available or not the one played', () => {
    expect(verifiedExport(null, toJson(green)).ok).toBe(false);
    const other = JSON.parse(toJson(green)) as { overview: { hash: string }; save: { scenario: { hash: string } } };
    other.overview.hash = other.save.scenario.hash = 'f'.repeat(64);
    expect(verifiedExport(scenario, other).ok).toBe(false);
  });

  it('marks an export unverified when the save inside it was rewritten with it', () => {
    const forged = JSON.parse(toJson(green)) as { score: { overall: number }; save: Record<string, unknown> };
    forged.score.overall = 99;
    forged.save.state = blueSave().state;
    const result = verifiedExport(scenario, forged);
    expect(result.ok).toBe(false);
  });
});
