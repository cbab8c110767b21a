/** Turns engine notices into the lines a terminal player reads. */
import { claimedFigure, figureWords, formatGameTime, injectById, isBound, type Notice } from '../engine/index';
import { text, type Scenario } from '../scenario/index';
import { addressees } from '../scenario/roles';
import { consequenceCaseIn, consequenceText, epilogueText, injectTexts, type InjectPick } from '../scenario/text-picks';

const number = (value: number): string => value.toLocaleString('en-US');

function injectLines(scenario: Scenario, id: string, pick: InjectPick): string[] {
  const inject = injectById(scenario, id);
  if (!inject) return [`  [inject ${id}]`];
  const words = injectTexts(inject, pick);
  const headline = text(words.headline);
  const body = text(words.body);
  const lines = [`  [${inject.kind.toUpperCase()}] ${text(inject.from)}: ${headline}`];
  const to = addressees(scenario, inject).map((role) => text(role.label));
  if (to.length > 0) lines.push(`    To: ${to.join(', ')}`);
  for (const line of body.trim().split('\n')) lines.push(`    ${line}`);
  if (inject.reactions) {
    const { likes, shares, replies } = inject.reactions;
    lines.push(`    ${number(likes)} likes · ${number(shares)} shares · ${number(replies)} replies`);
  }
  return lines;
}

/** The lines for one step's notices, in the order they happened. */
/** A deadline notice's status as the terminal says it. */
const DEADLINE_WORDS = { running: 'clock started', met: 'met', missed: 'MISSED', deficient: 'met DEFICIENTLY' } as const;

export function narrate(scenario: Scenario, notices: readonly Notice[]): string[] {
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
        lines.push('', `== ${beat ? text(beat.title) : notice.beat} ==  ${formatGameTime(scenario, notice.time)}`);
        break;
      }
      case 'inject':
        lines.push(...injectLines(scenario, notice.inject, notice));
        break;
      case 'decision':
        lines.push('', `> ${label('choice', notice.choice)}${notice.expired ? '  (time ran out: the default was taken)' : ''}`, ...story(notice.choice));
        break;
      case 'meter':
        lines.push(`  ${label('meter', notice.meter)}: ${notice.from} -> ${notice.to}`);
        break;
      case 'fact':
        lines.push(`  ${label('fact', notice.fact)} revised: ${number(notice.from)} -> ${number(notice.to)}`);
        break;
      case 'claim':
        lines.push(`  ${notice.audience === 'regulator' ? 'Filing to the regulator' : 'Public claim'}: ${label('fact', notice.fact)} ${isBound(notice) ? figureWords(notice, number) : `= ${number(notice.value)}`} (${notice.confidence})`);
        break;
      case 'contradiction':
        lines.push(`  ! Your ${notice.confidence} ${notice.audience === 'regulator' ? 'filing' : 'claim'} of ${figureWords(claimedFigure(notice), number)} is contradicted: now ${number(notice.revised)}`);
        break;
      case 'deadline':
        lines.push(`  Deadline ${DEADLINE_WORDS[notice.status]}: ${label('deadline', notice.deadline)}`);
        break;
      case 'limit':
        lines.push(`  ${label('meter', notice.meter)} ${notice.bound === 'cap' ? 'capped at' : 'floored at'} ${notice.value} from now on`);
        break;
      case 'ending': {
        const ending = scenario.endings.find((candidate) => candidate.id === notice.ending);
        lines.push('', `== Ending: ${ending ? text(ending.title) : notice.ending} ==`);
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
