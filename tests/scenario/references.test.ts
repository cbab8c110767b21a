import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';

describe('loadScenario: references and duplicates (CR3xx)', () => {
  it('suggests the closest beat when a next is misspelt', () => {
    expect(diagnose('unknown-beat')).toMatchInlineSnapshot(`
      [
        "23:17-23:22 error CR301 unknown beat 'frist'; did you mean 'first'? @ beats[0].decision.choices[0].next",
      ]
    `);
  });

  it('reports an unknown start beat', () => {
    expect(diagnose('unknown-start')).toMatchInlineSnapshot(`
      [
        "12:8-12:13 error CR301 unknown beat 'firts'; did you mean 'first'? @ start",
      ]
    `);
  });

  it('reports a trigger goto to an unknown beat', () => {
    expect(diagnose('unknown-goto')).toMatchInlineSnapshot(`
      [
        "32:43-32:48 error CR301 unknown beat 'secnd' @ triggers[0].goto",
      ]
    `);
  });

  it('reports an unknown meter in effects', () => {
    expect(diagnose('unknown-meter')).toMatchInlineSnapshot(`
      [
        "22:22-22:27 error CR302 unknown meter 'trsut'; did you mean 'trust'? @ beats[0].decision.choices[0].effects.trsut",
      ]
    `);
  });

  it('reports an unknown flag in set', () => {
    expect(diagnose('unknown-flag')).toMatchInlineSnapshot(`
      [
        "23:18-23:26 error CR303 unknown flag 'notified'; declare it under flags @ beats[0].decision.choices[0].set.notified",
      ]
    `);
  });

  it('reports an unknown fact in a claim', () => {
    expect(diagnose('unknown-fact')).toMatchInlineSnapshot(`
      [
        "23:28-23:35 error CR304 unknown fact 'afected'; did you mean 'affected'? @ beats[0].decision.choices[0].claims[0].fact",
      ]
    `);
  });

  it('reports an unknown move category', () => {
    expect(diagnose('unknown-category')).toMatchInlineSnapshot(`
      [
        "20:21-20:30 error CR309 unknown category 'discloser'; did you mean 'disclosure'? @ beats[0].decision.choices[0].category",
      ]
    `);
  });

  it('reports an unknown choice in the rubric', () => {
    expect(diagnose('unknown-choice')).toMatchInlineSnapshot(`
      [
        "35:26-35:29 error CR305 unknown choice 'akt'; did you mean 'act'? @ rubric[0].evidence[0].chose[0]",
      ]
    `);
  });

  it('reports an unknown deadline in the rubric', () => {
    expect(diagnose('unknown-deadline')).toMatchInlineSnapshot(`
      [
        "35:28-35:34 error CR306 unknown deadline 'report'; declare it under deadlines @ rubric[0].evidence[0].deadline",
      ]
    `);
  });

  it('reports a duplicate beat id', () => {
    expect(diagnose('duplicate-beat-id')).toMatchInlineSnapshot(`
      [
        "26:9-26:14 error CR310 duplicate beat id 'first'; the first is at beats[0].id: rename one @ beats[1].id",
      ]
    `);
  });

  it('reports a choice id used in two beats', () => {
    expect(diagnose('duplicate-choice-id')).toMatchInlineSnapshot(`
      [
        "26:9-26:15 warning CR401 beat 'second' cannot be reached from the start beat 'first'; lead a choice or next to it, or remove it @ beats[1].id",
        "31:17-31:20 error CR310 duplicate choice id 'act'; the first is at beats[0].decision.choices[0].id: rename one @ beats[1].decision.choices[0].id",
      ]
    `);
  });

  it('reports a duplicate inject id', () => {
    expect(diagnose('duplicate-inject-id')).toMatchInlineSnapshot(`
      [
        "18:15-18:19 error CR310 duplicate inject id 'mail'; the first is at beats[0].injects[0].id: rename one @ beats[0].injects[1].id",
      ]
    `);
  });

  it('reports a flag that reuses a meter id', () => {
    expect(diagnose('shared-namespace')).toMatchInlineSnapshot(`
      [
        "32:11-32:16 error CR310 'trust' is already a meter (meters[0].id); meter/flag/fact ids share one namespace: rename one @ flags[0].id",
      ]
    `);
  });
});
