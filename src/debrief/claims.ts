/**
 * The report's claims section: each claim the team made, in words ("at least 4,500"), to whom,
 * whether a later figure contradicted it, and what revised the figure (the event the penalty was
 * booked to), read from the contradiction notices of the standing log.
 */
import { parseCause } from '../engine/cause';
import { audienceOf } from '../engine/claims';
import { figureWords } from './figure-words';
import type { ClaimRecord, GameState, LogEntry, Notice } from '../engine/types';
import { text } from '../scenario/index';
import type { Scenario } from '../scenario/types';
import { choiceWithBeat } from '../scenario/lookup';
import type { ClaimReport } from './types';
import { causeLabel, choiceLabel } from './words';
import type { Translator } from '../i18n/translator';

type Contradiction = Extract<Notice, { kind: 'contradiction' }>;

/** Whether a contradiction notice is about this claim record. */
const isAbout = (notice: Contradiction, claim: ClaimRecord): boolean =>
  notice.choice === claim.choice &&
  notice.fact === claim.fact &&
  notice.claimed === claim.value &&
  notice.atLeast === claim.atLeast &&
  notice.upTo === claim.upTo &&
  notice.revised === claim.contradictedBy?.value;

/** What revised the figure, in words: the choice by its label, anything else as the timeline says it. */
function revisionLabel(scenario: Scenario, cause: string, lang: string, tr: Translator): string {
  if (cause === '') return '';
  const { kind, id } = parseCause(cause);
  return kind === 'choice' ? tr.t('debrief.cause.theChoice', { choice: choiceLabel(scenario, id, lang) }) : causeLabel(scenario, cause, lang, tr);
}

/** One report row per claim in the final state, in the order they were made. */
export function claimReports(scenario: Scenario, state: GameState, standing: readonly LogEntry[], lang: string, at: (hours: number) => string, tr: Translator): ClaimReport[] {
  const t = (value: Parameters<typeof text>[0]): string => text(value, lang);
  const unused: Contradiction[] = standing.flatMap((entry) => entry.notices.flatMap((notice) => (notice.kind === 'contradiction' ? [notice] : [])));
  return state.claims.map((c) => {
    const fact = scenario.facts.find((f) => f.id === c.fact);
    const made = choiceWithBeat(scenario, c.choice)?.choice.claims.filter((k) => k.fact === c.fact) ?? [];
    const declared = made.find((k) => k.value === c.value && k.atLeast === c.atLeast && k.upTo === c.upTo && audienceOf(k) === audienceOf(c)) ?? made[0];
    const found = c.contradictedBy ? unused.findIndex((notice) => isAbout(notice, c)) : -1;
    // Older logs carry no cause on their contradictions; the row then says only when.
    const cause = found < 0 ? '' : (unused.splice(found, 1)[0]?.cause ?? '');
    return {
      fact: c.fact,
      factLabel: fact ? t(fact.label) : c.fact,
      unit: fact?.unit === undefined ? '' : t(fact.unit),
      claimed: c.value,
      said: figureWords(c, (n) => tr.number(n), tr),
      audience: audienceOf(c),
      confidence: c.confidence,
      statement: declared?.statement === undefined ? '' : t(declared.statement),
      choice: c.choice,
      choiceLabel: choiceLabel(scenario, c.choice, lang),
      beat: c.beat,
      time: c.time,
      timeLabel: at(c.time),
      actual: state.facts[c.fact] ?? c.value,
      contradicted: c.contradictedBy
        ? { ...c.contradictedBy, timeLabel: at(c.contradictedBy.time), cause, causeLabel: revisionLabel(scenario, cause, lang, tr) }
        : null,
    };
  });
}
