import { describe, expect, it } from 'vitest';
import { checkCondition } from '../../src/scenario/condition-check';
import type { Names } from '../../src/scenario/names';

const names: Names = {
  meters: new Set(['trust', 'liability']),
  flags: new Set(['clause_added']),
  facts: new Set(['affected']),
  beats: new Set(['scope']),
  choices: new Set(['disclose']),
  deadlines: new Set(['pipc']),
  triggers: new Set(['boycott']),
  categories: new Set(['legal']),
};

const problems = (source: string) =>
  checkCondition(source, names).problems.map(
    // A message is English text or phrases with their English (said.ts); the English is compared.
    (p) => `${p.code} ${p.span.start}-${p.span.end} ${typeof p.message === 'string' ? p.message : p.message.text}`,
  );

describe('checkCondition', () => {
  it('binds comparisons tighter than not, not tighter than and, and tighter than or', () => {
    expect(checkCondition('not trust > 5 and clause_added or chose(disclose)', names).expr).toEqual(
      {
        kind: 'or',
        left: {
          kind: 'and',
          left: {
            kind: 'not',
            operand: {
              kind: 'cmp',
              op: '>',
              left: { kind: 'ref', of: 'meter', id: 'trust' },
              right: { kind: 'num', value: 5 },
            },
          },
          right: { kind: 'ref', of: 'flag', id: 'clause_added' },
        },
        right: { kind: 'call', fn: 'chose', id: 'disclose' },
      },
    );
  });

  it('reads negative, decimal and separated numbers', () => {
    expect(
      checkCondition('affected >= 33_700_000 and trust > -5 and time >= 1.5', names).problems,
    ).toEqual([]);
  });

  it('compares booleans with == and !=', () => {
    expect(
      checkCondition('clause_added == true and met(pipc) != missed(pipc)', names).problems,
    ).toEqual([]);
  });

  it('resolves every function to its kind of id', () => {
    expect(checkCondition('visits(scope) > 0 and fired(boycott)', names).expr).toMatchObject({
      left: { left: { kind: 'call', fn: 'visits', id: 'scope' } },
      right: { kind: 'call', fn: 'fired', id: 'boycott' },
    });
  });

  it('positions syntax errors with a hint', () => {
    expect(problems('trust = 5')).toEqual([
      "CR501 6-7 unexpected character '='; compare with '=='",
    ]);
    expect(problems('trust > 5 && clause_added')).toEqual([
      "CR501 10-11 unexpected character '&'; write 'and', 'or', 'not'",
    ]);
    expect(problems('0 < trust < 50')).toEqual([
      "CR501 10-11 comparisons do not chain; join them with 'and'",
    ]);
    expect(problems('(trust > 5')).toEqual(["CR501 10-11 missing ')'"]);
    expect(problems('trust > 5 clause_added')).toEqual([
      "CR501 10-22 unexpected 'clause_added'; join conditions with 'and' or 'or'",
    ]);
    expect(problems('   ')).toEqual(['CR501 3-4 the condition is empty']);
  });

  it('refuses nesting deeper than the parser allows instead of overflowing the stack', () => {
    expect(problems(`${'('.repeat(5000)}clause_added${')'.repeat(5000)}`)[0]).toMatch(
      /^CR501 32-33 condition nested too deeply/,
    );
    expect(problems(`${'not '.repeat(5000)}clause_added`)[0]).toMatch(
      /^CR501 .* condition nested too deeply/,
    );
  });

  it('explains type errors', () => {
    expect(problems('clause_added > 0')).toEqual([
      "CR503 0-16 '>' compares numbers, but flag 'clause_added' is true/false",
    ]);
    expect(problems('not trust')).toEqual([
      "CR503 4-9 'not' needs true/false, but meter 'trust' is a number; compare it, e.g. trust > 0",
    ]);
    expect(problems('visits(scope)')).toEqual([
      'CR504 0-13 a condition must be true or false, but this is a number; compare it, e.g. `visits(scope) > 0`',
    ]);
  });

  it('names the right function when an id of another kind is used bare', () => {
    expect(problems('disclose')).toEqual([
      "CR502 0-8 unknown name 'disclose'; 'disclose' is a choice: write chose(disclose)",
    ]);
    expect(problems('pipc')).toEqual([
      "CR502 0-4 unknown name 'pipc'; 'pipc' is a deadline: write met(pipc), missed(pipc) or deficient(pipc)",
    ]);
    expect(problems('visit(scope) > 0')).toEqual([
      "CR505 0-12 unknown function 'visit'; did you mean 'visits'?",
    ]);
    expect(problems('chose(disclse)')).toEqual([
      "CR305 6-13 unknown choice 'disclse' in chose(...); did you mean 'disclose'?",
    ]);
  });
});
