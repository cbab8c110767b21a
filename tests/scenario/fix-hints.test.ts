import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';

// Each mistake an instructor met writing scenarios from the docs (issue #19): the message says what
// to type instead, and lands on the line and column to change.
describe('messages that say what to fix', () => {
  it('reports a tab in the indentation once, without a false duplicate key', () => {
    expect(diagnose('hint-tab-indent')).toMatchInlineSnapshot(`
      [
        "15:1-15:2 error CR103 line 15 is indented with a tab; YAML indents with spaces only: replace the tab with spaces, lined up with the line above",
      ]
    `);
  });

  it('tells that a flag under effects belongs under set', () => {
    expect(diagnose('hint-flag-under-effects')).toMatchInlineSnapshot(`
      [
        "24:32-24:42 error CR208 'notice_out' is a flag, and effects change meters: set a flag under set, as in set: { notice_out: true } @ beats[0].decision.choices[0].effects.notice_out",
      ]
    `);
  });

  it('tells the same when the flag under effects has a number', () => {
    expect(diagnose('hint-flag-number-under-effects')).toMatchInlineSnapshot(`
      [
        "24:32-24:42 error CR302 'notice_out' is a flag, and effects change meters: set a flag under set, as in set: { notice_out: true } @ beats[0].decision.choices[0].effects.notice_out",
      ]
    `);
  });

  it('tells that a meter under set belongs under effects', () => {
    expect(diagnose('hint-meter-under-set')).toMatchInlineSnapshot(`
      [
        "24:18-24:23 error CR201 'trust' is a meter, and set changes flags: change a meter under effects, as in effects: { trust: 5 } @ beats[0].decision.choices[0].set.trust",
      ]
    `);
  });

  it('tells the same when the meter under set has true', () => {
    expect(diagnose('hint-meter-true-under-set')).toMatchInlineSnapshot(`
      [
        "24:18-24:23 error CR303 'trust' is a meter, and set changes flags: change a meter under effects, as in effects: { trust: 5 } @ beats[0].decision.choices[0].set.trust",
      ]
    `);
  });

  it('lists the valid categories for an unknown one and says how to declare it', () => {
    expect(diagnose('hint-unknown-category')).toMatchInlineSnapshot(`
      [
        "20:21-20:28 error CR309 unknown category 'apology'; use one of: disclosure, leadership, legal, or declare it at the top level: categories: [{ id: apology, label: ... }] @ beats[0].decision.choices[0].category",
      ]
    `);
  });

  it('names curly quotes from a word processor in a text', () => {
    expect(diagnose('hint-curly-quotes-text')).toMatchInlineSnapshot(`
      [
        "17:15-17:16 error CR103 Nested mappings are not allowed in compact mappings; a ': ' inside a text starts a new key; put the whole text in quotes; the curly quotes “ ” from a word processor are not quotes in YAML: type straight quotes " instead",
      ]
    `);
  });

  it('names curly quotes around a condition', () => {
    expect(diagnose('hint-curly-quotes-condition')).toMatchInlineSnapshot(`
      [
        "21:15-21:16 error CR501 unexpected character '“'; curly quotes from a word processor: a condition needs no quotes, remove them @ beats[0].decision.choices[0].if",
      ]
    `);
  });

  it('names curly quotes around an id', () => {
    expect(diagnose('hint-curly-quotes-id')).toMatchInlineSnapshot(`
      [
        "19:15-19:20 error CR205 id: '‘act’' is not a snake_case id (a lower-case letter, then lower-case letters, digits or _); the curly quotes “ ” from a word processor are not quotes in YAML: type straight quotes " instead @ beats[0].decision.choices[0].id",
      ]
    `);
  });

  it('suggests 1100000 for 1,100,000 as a value', () => {
    expect(diagnose('hint-grouped-number')).toMatchInlineSnapshot(`
      [
        "10:12-10:21 error CR201 start should be a whole number, not the text '1,100,000'; write the number without commas: 1100000 @ meters[0].start",
      ]
    `);
  });

  it('suggests 1100000 for 1,100,000 in a condition', () => {
    expect(diagnose('hint-grouped-number-condition')).toMatchInlineSnapshot(`
      [
        "21:24-21:25 error CR501 unexpected character ','; write the number without commas: 1100000 @ beats[0].decision.choices[0].if",
      ]
    `);
  });

  it('says where next goes when it is written inside decision', () => {
    expect(diagnose('hint-next-in-decision')).toMatchInlineSnapshot(`
      [
        "18:7-18:11 error CR203 unknown key 'next' in decision; a decision leads on through its choices: give each choice its own next (next: <beat id> or next: end), or drop the decision and put next on the beat @ beats[0].decision.next",
      ]
    `);
  });
});
