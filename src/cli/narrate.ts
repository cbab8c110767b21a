/** Turns engine notices into the lines a terminal player reads. */
import { claimedFigure, injectById, isBound, type Notice } from '../engine/index';
import { figureWords } from '../debrief/figure-words';
import { formatGameTime } from '../debrief/game-time';
import { english, type Translator } from '../i18n/index';
import { text as scenarioText, type Scenario, type Text } from '../scenario/index';
import { addressees } from '../scenario/roles';
import { consequenceCaseIn, consequenceText, epilogueText, injectTexts, type InjectPick } from '../scenario/text-picks';

function injectLines(scenario: Scenario, id: string, pick: InjectPick, tr: Translator): string[] {
  const text = (t: Text): string => scenarioText(t, tr.lang);
  const number = (value: number): string => tr.number(value);
  const inject = injectById(scenario, id);
  if (!inject) return [`  [${id}]`];
  const words = injectTexts(inject, pick);
  const headline = text(words.headline);
  const body = text(words.body);
  const lines = [`  [${tr.t(`common.injectKind.${inject.kind}`).toUpperCase()}] ${text(inject.from)}: ${headline}`];
  const to = addressees(scenario, inject).map((role) => text(role.label));
  if (to.length > 0) lines.push(`    ${tr.t('cli.play.to', { names: to.join(', ') })}`);
  for (const line of body.trim().split('\n')) lines.push(`    ${line}`);
  if (inject.reactions) {
    const { likes, shares, replies } = inject.reactions;
    lines.push(`    ${tr.t('cli.play.reactions', { likes: number(likes), shares: number(shares), replies: number(replies) })}`);
  }
  return lines;
}

/** The lines for one step's notices, in the order they happened, in the translator's language. */
export function narrate(scenario: Scenario, notices: readonly Notice[], tr: Translator = english): string[] {
  const text = (t: Text): string => scenarioText(t, tr.lang);
  const number = (value: number): string => tr.number(value);
  const lines: string[] = [];
  const choiceById = (id: string) => scenario.beats.flatMap((beat) => beat.decision?.choices ?? []).find((candidate) => candidate.id === id);
  const label = (kind: 'meter' | 'fact' | 'deadline' | 'choice', id: string): string => {
    if (kind === 'meter') return text(scenario.meters.find((meter) => meter.id === id)?.label ?? id);
    if (kind === 'fact') return text(scenario.facts.find((fact) => fact.id === id)?.label ?? id);
    if (kind === 'deadline') return text(scenario.deadlines.find((deadline) => deadline.id === id)?.label ?? id);
    const choice = choiceById(id);
    return choice ? text(choice.label) : id;
  };
  // The story comes right under the choice, before the numbers: what happened, then what it moved.
  // Its variant is in this step's own notices (picked after the outcome, listed after the decision).
  const story = (id: string): string[] => {
    const choice = choiceById(id);
    const words = choice ? consequenceText(choice, consequenceCaseIn(notices, id)) : undefined;
    return words === undefined ? [] : text(words).trim().split('\n').map((line) => `  ${line}`);
  };
  for (const notice of notices) {
    switch (notice.kind) {
      case 'enter': {
        const beat = scenario.beats.find((candidate) => candidate.id === notice.beat);
        lines.push('', tr.t('cli.play.beat', { title: beat ? text(beat.title) : notice.beat, time: formatGameTime(scenario, notice.time, tr) }));
        break;
      }
      case 'return': {
        // A detour was answered: the interrupted beat's decision stands again (it is not entered anew).
        const beat = scenario.beats.find((candidate) => candidate.id === notice.beat);
        lines.push('', tr.t('cli.play.back', { title: beat ? text(beat.title) : notice.beat }));
        break;
      }
      case 'inject':
        lines.push(...injectLines(scenario, notice.inject, notice, tr));
        break;
      case 'decision':
        lines.push('', `> ${label('choice', notice.choice)}${notice.expired ? `  ${tr.t('cli.play.expired')}` : ''}`, ...story(notice.choice));
        break;
      case 'meter':
        lines.push(`  ${tr.t('cli.play.meter', { meter: label('meter', notice.meter), from: notice.from, to: notice.to })}`);
        break;
      case 'fact':
        lines.push(`  ${tr.t('cli.play.factRevised', { fact: label('fact', notice.fact), from: number(notice.from), to: number(notice.to) })}`);
        break;
      case 'claim':
        lines.push(
          `  ${tr.t(notice.audience === 'regulator' ? 'cli.play.claim.regulator' : 'cli.play.claim.public', {
            fact: label('fact', notice.fact),
            figure: isBound(notice) ? figureWords(notice, number, tr) : `= ${number(notice.value)}`,
            confidence: tr.t(`common.confidence.${notice.confidence}`),
          })}`,
        );
        break;
      case 'contradiction':
        lines.push(
          `  ${tr.t(notice.audience === 'regulator' ? 'cli.play.contradiction.regulator' : 'cli.play.contradiction.public', {
            confidence: tr.t(`common.confidence.${notice.confidence}`),
            figure: figureWords(claimedFigure(notice), number, tr),
            revised: number(notice.revised),
          })}`,
        );
        break;
      case 'deadline':
        lines.push(`  ${tr.t(`cli.play.deadline.${notice.status}`, { deadline: label('deadline', notice.deadline) })}`);
        break;
      case 'limit':
        lines.push(`  ${tr.t(notice.bound === 'cap' ? 'cli.play.cap' : 'cli.play.floor', { meter: label('meter', notice.meter), value: notice.value })}`);
        break;
      case 'ending': {
        const ending = scenario.endings.find((candidate) => candidate.id === notice.ending);
        lines.push('', tr.t('cli.play.ending', { title: ending ? text(ending.title) : notice.ending }));
        if (ending) lines.push(text(epilogueText(ending, notice.epilogueCase)).trim());
        break;
      }
      case 'flag':
      case 'trigger':
      case 'feedback':
      case 'consequence':
        break;
    }
  }
  return lines;
}
