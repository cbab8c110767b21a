import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';

describe('loadScenario: beats, decisions, endings and flow (CR4xx)', () => {
  it('warns about a beat no path reaches', () => {
    expect(diagnose('unreachable-beat')).toMatchInlineSnapshot(`
      [
        "26:9-26:15 warning CR401 beat 'second' cannot be reached from the start beat 'first'; lead a choice or next to it, or remove it @ beats[1].id",
        "(scenario loaded)",
      ]
    `);
  });

  it('reports beats that loop without an ending', () => {
    expect(diagnose('no-path-to-ending')).toMatchInlineSnapshot(`
      [
        "14:9-14:14 error CR402 from beat 'first' no path leads to an ending; every way on loops back. Add a choice with next: end, or a path to one @ beats[0].id",
        "26:9-26:15 error CR402 from beat 'second' no path leads to an ending; every way on loops back. Add a choice with next: end, or a path to one @ beats[1].id",
      ]
    `);
  });

  it('reports a beat with neither decision nor next', () => {
    expect(diagnose('beat-without-decision-or-next')).toMatchInlineSnapshot(`
      [
        "26:9-26:15 error CR407 beat 'second' has neither a decision nor a next; add one, so the team can move on @ beats[1].id",
      ]
    `);
  });

  it('reports a beat with both decision and next', () => {
    expect(diagnose('beat-with-decision-and-next')).toMatchInlineSnapshot(`
      [
        "16:5-16:9 error CR407 beat 'first' has a decision and a next; choices say where they lead, so remove next @ beats[0].next",
      ]
    `);
  });

  it('reports a timed decision without a default', () => {
    expect(diagnose('timed-decision-without-default')).toMatchInlineSnapshot(`
      [
        "18:7-18:17 error CR404 the decision in beat 'first' has a time_limit but no default; add default: <choice id> for when time runs out @ beats[0].decision.time_limit",
      ]
    `);
  });

  it('reports a default that is not one of the decision choices', () => {
    expect(diagnose('default-not-a-choice')).toMatchInlineSnapshot(`
      [
        "19:16-19:20 error CR405 default 'wait' is not a choice of this decision; use one of: act @ beats[0].decision.default",
      ]
    `);
  });

  it('reports a default choice that has an if', () => {
    expect(diagnose('default-with-condition')).toMatchInlineSnapshot(`
      [
        "19:16-19:19 error CR406 default 'act' has an if; the choice taken when time runs out must always be available @ beats[0].decision.default",
      ]
    `);
  });

  it('reports a last ending with a when', () => {
    expect(diagnose('fallback-ending-missing')).toMatchInlineSnapshot(`
      [
        "30:5-30:9 error CR408 the last ending, 'done', has a when; the last ending is the fallback: remove its when or add an ending without one @ endings[0].when",
      ]
    `);
  });

  it('reports an ending without when before the last', () => {
    expect(diagnose('ending-without-when-not-last')).toMatchInlineSnapshot(`
      [
        "27:9-27:13 error CR409 ending 'done' has no when, so the endings after it can never be reached; only the last ending may omit when @ endings[0].id",
      ]
    `);
  });

  it('warns when a beat is earlier than a beat leading to it', () => {
    expect(diagnose('beat-earlier-than-its-predecessor')).toMatchInlineSnapshot(`
      [
        "29:9-29:10 warning CR403 beat 'second' is at hour 4, but beat 'first' (hour 10) leads to it; the clock never goes back, so it will show hour 10 @ beats[1].at",
        "(scenario loaded)",
      ]
    `);
  });
});
