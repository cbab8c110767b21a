import { describe, expect, it } from 'vitest';
import { analysisToJson, analyze, formatAnalysis } from '../../src/analysis/index';
import { layoutOf } from '../../src/engine/layout';
import { loadFixture as loadEngineFixture } from '../engine/load-fixture';
import { loadFixture } from './load-fixture';

describe('analyze on texts that follow the play', () => {
  const scenario = loadFixture('conditional-texts');

  it('lists what each conditional text reads and the flags that vary where it is shown', () => {
    const analysis = analyze(scenario);
    expect(analysis.texts).toEqual([
      {
        where: { kind: 'ending', id: 'finished', field: 'epilogue' },
        variants: ['told and trust >= 50', 'chose(blame)'],
        flags: ['told'],
        reads: ['trust', 'chose(blame)'],
        flagsThatVary: ['told', 'blamed'],
      },
    ]);
    expect(formatAnalysis(analysis)).toContain('flags that vary here: told, blamed; not read by a variant: blamed');
    expect(JSON.parse(analysisToJson(analysis)).texts[0].where).toBe('ending finished epilogue');
  });

  it('counts a flag a text variant reads as read (CR532 only for the flag nothing reads)', () => {
    const unread = analyze(scenario).design.filter((finding) => finding.code === 'CR532').map((finding) => finding.message.split("'")[1]);
    expect(unread).toEqual(['blamed']);
  });

  it("lists a choice's conditional outcome story beside its feedback", () => {
    const wheres = analyze(loadEngineFixture('text-variants')).texts.map((item) => item.where);
    expect(wheres.filter((where) => where.kind === 'choice')).toEqual([
      { kind: 'choice', id: 'tell', field: 'consequence' },
      { kind: 'choice', id: 'tell', field: 'feedback' },
    ]);
  });

  it("keeps what only a text's condition reads out of the state key", () => {
    // chose(blame) is read by the epilogue alone: no rule observes it, so no bit is kept for it.
    expect(layoutOf(scenario).chose.every((bit) => bit === null)).toBe(true);
  });
});
