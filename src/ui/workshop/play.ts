/**
 * "Play from here": pick a beat and the meter values the team arrives with, then play on through
 * the engine's own rules. The state is built with `stateAt` (start, facilitator jump, set meters);
 * every later step is `rules.step`.
 */
import { type Analysis, stateAt } from '../../analysis/index';
import { scoreState } from '../../debrief/score';
import { compileRules, shownChoices, type Rules } from '../../engine/index';
import type { GameState, Notice } from '../../engine/types';
import { text as anyText } from '../../scenario/text';
import { epilogueCaseIn, epilogueText } from '../../scenario/text-picks';
import type { Scenario, Text } from '../../scenario/types';
import { h } from '../dom/h';
import { t, translator, uiLang } from '../lang/ui-language';

/** A scenario text in the page's language when the file has it (else its first). */
const text = (value: Text): string => anyText(value, uiLang());
import { stepRefusalText } from '../../i18n/refusal-words';
import { addresseeText } from '../views/addressee';
import { readPlaySeed } from './play-seed';
import { noticeLine } from './play-notices';

export interface PlayPanel {
  readonly root: HTMLElement;
  setScenario(scenario: Scenario | null, analysis: Analysis | null): void;
  /** Selects a beat in the form and moves focus there. */
  selectBeat(beat: string): void;
}

export function createPlayPanel(): PlayPanel {
  const beatSelect = h('select', { attrs: { id: 'ws-play-beat' } });
  const meterBox = h('div', { class: 'ws-play-meters' });
  // Each play draws its own seed (chance rolls and choice order), shown here; an author who types
  // one keeps it, to play the same run again.
  const seedInput = h('input', { attrs: { id: 'ws-play-seed', type: 'number', min: 0, max: 0xffffffff, step: 1, inputmode: 'numeric' } });
  const seedBox = h(
    'div',
    { class: 'ws-play-meter ws-play-seed' },
    h('label', { attrs: { for: 'ws-play-seed' } }, t('workshop.play.seed')),
    seedInput,
    h('span', { class: 'ws-hint' }, t('workshop.play.seedHint')),
  );
  let seedTyped = false;
  seedInput.addEventListener('input', () => {
    seedTyped = seedInput.value.trim() !== '';
  });
  const startButton = h('button', { class: 'btn btn--primary', attrs: { type: 'submit' } }, t('workshop.playHere'));
  const form = h(
    'form',
    { class: 'ws-play-form', attrs: { 'aria-label': t('workshop.play.form') } },
    // Label above the field, as for the meters and the seed beside it.
    h('div', { class: 'ws-play-meter ws-play-beat' }, h('label', { attrs: { for: 'ws-play-beat' } }, t('workshop.graph.beat')), beatSelect),
    meterBox,
    seedBox,
    startButton,
  );
  const board = h('div', { class: 'ws-play-board', attrs: { 'aria-live': 'polite' } });
  const root = h('div', { class: 'ws-play' }, form, board);
  let scenario: Scenario | null = null;
  let analysis: Analysis | null = null;
  let rules: Rules | null = null;

  const meterInputs = (): HTMLInputElement[] => [...meterBox.querySelectorAll('input')];
  const fillMeters = (): void => {
    if (!scenario) return;
    const ranges = analysis?.beats.find((b) => b.id === beatSelect.value)?.meters ?? null;
    meterBox.replaceChildren(
      ...scenario.meters.map((meter) => {
        const range = ranges?.[meter.id];
        const value = range ? Math.min(range.max, Math.max(range.min, meter.start)) : meter.start;
        const id = `ws-play-meter-${meter.id}`;
        return h(
          'div',
          { class: 'ws-play-meter' },
          h('label', { attrs: { for: id } }, text(meter.label)),
          h('input', { attrs: { id, type: 'number', min: meter.min, max: meter.max, step: 1, value, 'data-meter': meter.id } }),
          h('span', { class: 'ws-hint' }, range ? t('workshop.play.reached', { min: range.min, max: range.max }) : `${meter.min}–${meter.max}`),
        );
      }),
    );
  };

  const show = (state: GameState, notices: readonly Notice[], seed: number): void => {
    if (!scenario || !rules) return;
    const activeRules = rules;
    const shown = scenario;
    const beat = activeRules.beat(state.beat);
    const meters = h('ul', { class: 'ws-play-meter-list', attrs: { 'aria-label': t('workshop.play.meters') } }, ...scenario.meters.map((m) => h('li', null, `${text(m.label)}: ${state.meters[m.id] ?? m.start}`)));
    const changes = notices.map((n) => noticeLine(n, scenario!, translator())).filter((line): line is string => line !== null);
    const happened = changes.length > 0 ? h('ul', { class: 'ws-play-notices', attrs: { 'aria-label': t('workshop.play.happened') } }, ...changes.map((c) => h('li', null, c))) : null;
    if (state.ending !== null) {
      const ending = scenario.endings.find((e) => e.id === state.ending);
      const score = scoreState(scenario, state);
      board.replaceChildren(
        happened ?? '',
        h('h3', null, t('workshop.play.ending', { title: ending ? text(ending.title) : state.ending })),
        h('p', null, ending ? text(epilogueText(ending, epilogueCaseIn(notices, ending.id))) : ''),
        h('p', null, t('workshop.play.score', { overall: score.overall, decisions: Math.round(score.decisions), objectives: Math.round(score.objectives), ending: score.ending })),
        meters,
      );
      return;
    }
    const actions: HTMLElement[] = [];
    if (beat.decision) {
      // In the order a room with this seed sees them, so the author meets the same shuffle.
      const offered = shownChoices(activeRules, state, seed);
      if (offered.length === 0) actions.push(h('p', { class: 'ws-warning' }, t('workshop.play.deadEnd')));
      for (const choice of offered) {
        actions.push(
          h(
            'button',
            {
              class: 'btn ws-choice',
              attrs: { type: 'button' },
              on: { click: () => advance(state, { type: 'player.choose', choice: choice.id }, seed) },
            },
            `${text(choice.label)} (${choice.id}, ${t(`game.rating.${choice.rating}`)})`,
          ),
        );
      }
    } else if (beat.next !== undefined) {
      actions.push(h('button', { class: 'btn', attrs: { type: 'button' }, on: { click: () => advance(state, { type: 'player.continue' }, seed) } }, t('workshop.graph.continue')));
    }
    board.replaceChildren(
      happened ?? '',
      h('h3', null, t('workshop.play.beat', { title: text(beat.title), id: beat.id, hour: state.time })),
      beat.injects.length > 0 ? h('ul', { class: 'ws-play-injects', attrs: { 'aria-label': t('workshop.play.injects') } }, ...beat.injects.map((i) => h('li', null, `${t(`common.injectKind.${i.kind}`)}: ${text(i.headline)}${toWhom(addresseeText(shown, i, text))}`))) : '',
      beat.decision ? h('p', { class: 'ws-prompt' }, text(beat.decision.prompt)) : '',
      h('div', { class: 'ws-play-actions' }, ...actions),
      meters,
    );
    board.querySelector<HTMLButtonElement>('button')?.focus();
  };

  const advance = (state: GameState, event: Parameters<Rules['step']>[1], seed: number): void => {
    if (!rules) return;
    const result = rules.step(state, event);
    if (!result.accepted) {
      board.prepend(h('p', { class: 'ws-warning', attrs: { role: 'alert' } }, t('workshop.play.refused', { reason: stepRefusalText(result, translator(), '') })));
      return;
    }
    show(result.state, result.notices, seed);
  };

  beatSelect.addEventListener('change', fillMeters);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!rules) return;
    const meters = Object.fromEntries(meterInputs().map((input) => [input.dataset['meter'] ?? '', Number(input.value)]));
    const seed = readPlaySeed(seedTyped ? seedInput.value : null);
    if (seed === null) {
      board.replaceChildren(h('p', { class: 'ws-warning', attrs: { role: 'alert' } }, t('workshop.play.badSeed')));
      return;
    }
    seedInput.value = String(seed);
    const start = stateAt(rules, { beat: beatSelect.value, meters, seed });
    if (!start.accepted) {
      board.replaceChildren(h('p', { class: 'ws-warning', attrs: { role: 'alert' } }, t('workshop.play.cannotStart', { reason: stepRefusalText(start, translator(), '') })));
      return;
    }
    show(start.state, [], seed);
  });

  const disable = (off: boolean): void => {
    beatSelect.disabled = off;
    seedInput.disabled = off;
    startButton.disabled = off;
  };
  disable(true);
  // What the board says while nothing is being played: it follows whether the text checks, so it
  // never says to fix errors beside "No problems.".
  const idle = h('p', { class: 'ws-hint' }, t('workshop.play.fixErrors'));
  board.replaceChildren(idle);

  return {
    root,
    setScenario(next, nextAnalysis) {
      const previous = beatSelect.value;
      scenario = next;
      analysis = nextAnalysis;
      rules = next ? compileRules(next) : null;
      disable(next === null);
      if (!next) {
        idle.textContent = t('workshop.play.fixErrors');
        board.replaceChildren(idle);
        return;
      }
      if (board.firstChild === idle) idle.textContent = t('workshop.play.chooseBeat');
      beatSelect.replaceChildren(...next.beats.map((b) => h('option', { attrs: { value: b.id } }, `${text(b.title)} (${b.id})`)));
      if (next.beats.some((b) => b.id === previous)) beatSelect.value = previous;
      fillMeters();
    },
    selectBeat(beat) {
      if (!scenario?.beats.some((b) => b.id === beat)) return;
      beatSelect.value = beat;
      fillMeters();
      beatSelect.focus();
    },
  };
}

/** ` (to General counsel)`, or nothing for an inject to the whole room. */
function toWhom(roles: string): string {
  return roles === '' ? '' : ` ${t('workshop.play.to', { roles })}`;
}
