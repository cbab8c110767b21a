/**
 * The short debrief shown when the full report module is not available: how it ended, every
 * decision with its rating, the deadlines and the claims.
 */
import { figureWords } from '../../debrief/figure-words';
import type { ClaimRecord, DeadlineState, GameState, Notice } from '../../engine/types';
import type { Scenario, Text } from '../../scenario/types';
import { h } from '../dom/h';
import { bandOf, categoryClass, categoryLabel, formatNumber, ratingWord } from '../format';
import { t, translator } from '../lang/ui-language';
import { choiceById } from '../../scenario/lookup';
import { feedbackCaseIn, feedbackText } from '../../scenario/text-picks';
import { outcomeStory } from './outcome-view';

/** `notices`: the session's notices, for the feedback each choice got (the fallbacks without them). */
export function debriefSummary(scenario: Scenario, state: GameState, text: (value: Text) => string, notices: readonly Notice[] = []): HTMLElement {
  const ending = scenario.endings.find((candidate) => candidate.id === state.ending);
  return h(
    'div',
    { class: 'debrief-summary' },
    h('h1', null, t('game.summary.title')),
    h('p', { class: 'lead' }, ending ? t('game.summary.ending', { title: text(ending.title) }) : t('game.summary.noEnding')),
    h(
      'section',
      { attrs: { 'aria-labelledby': 'summary-decisions' } },
      h('h2', { class: 'section-title', attrs: { id: 'summary-decisions' } }, t('game.summary.decisions')),
      h(
        'ol',
        { class: 'summary-decisions' },
        ...state.chosen.map((id) => {
          const choice = choiceById(scenario, id);
          if (!choice) return h('li', null, id);
          return h(
            'li',
            { class: `summary-decision summary-decision--${choice.rating}` },
            h('p', null, h('span', { class: `category ${categoryClass(scenario, choice.category)}` }, categoryLabel(scenario, choice.category, text)), ' ', h('strong', null, text(choice.label))),
            outcomeStory(choice, notices, text),
            h('p', null, h('span', { class: `rating rating--${choice.rating}` }, ratingWord(choice.rating)), ' ', text(feedbackText(choice, feedbackCaseIn(notices, id)))),
          );
        }),
      ),
    ),
    h(
      'section',
      { attrs: { 'aria-labelledby': 'summary-meters' } },
      h('h2', { class: 'section-title', attrs: { id: 'summary-meters' } }, t('game.summary.meters')),
      h(
        'ul',
        { class: 'plain-list' },
        ...scenario.meters.map((meter) => {
          const value = state.meters[meter.id] ?? meter.start;
          return h('li', null, t('game.summary.meterLine', { meter: text(meter.label), value, band: text(bandOf(meter, value)?.label ?? '') }));
        }),
      ),
    ),
    scenario.deadlines.length > 0 &&
      h(
        'section',
        { attrs: { 'aria-labelledby': 'summary-deadlines' } },
        h('h2', { class: 'section-title', attrs: { id: 'summary-deadlines' } }, t('game.summary.deadlines')),
        h(
          'ul',
          { class: 'plain-list' },
          ...scenario.deadlines.map((deadline) => h('li', null, `${text(deadline.label)}: ${statusWords(state.deadlines[deadline.id]?.status ?? 'idle')}`)),
        ),
      ),
    state.claims.length > 0 &&
      h(
        'section',
        { attrs: { 'aria-labelledby': 'summary-claims' } },
        h('h2', { class: 'section-title', attrs: { id: 'summary-claims' } }, t('game.summary.claims')),
        h(
          'ul',
          { class: 'plain-list' },
          ...state.claims.map((claim) =>
            h('li', null, claimWords(claim)),
          ),
        ),
      ),
  );
}

function statusWords(status: DeadlineState['status']): string {
  return t(status === 'idle' || status === 'running' ? `game.summary.${status}` : `game.deadlines.${status}`);
}

function claimWords(claim: ClaimRecord): string {
  const regulator = claim.audience === 'regulator' ? 'Regulator' : '';
  const values = { fact: claim.fact, figure: figureWords(claim, formatNumber, translator()), confidence: t(`common.confidence.${claim.confidence}`), revised: claim.contradictedBy ? formatNumber(claim.contradictedBy.value) : '' };
  return t(claim.contradictedBy ? `game.summary.claimContradicted${regulator}` : `game.summary.claimHeld${regulator}`, values);
}
