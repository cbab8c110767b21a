/** Interactive terminal play: the room reads injects and types a choice number. */
import { shownChoices, type Session } from '../engine/index';
import { english, stepRefusalText, type Translator } from '../i18n/index';
import { text } from '../scenario/index';
import type { Io } from './io';
import { narrate } from './narrate';
import { deadlineLines, meterLines } from './outcome';

/** Prints a step's notices, then the meters and running deadlines. */
export function showStep(io: Io, session: Session, notices: Parameters<typeof narrate>[1], tr: Translator = english): void {
  const lines = narrate(session.scenario, notices, tr);
  if (lines.length > 0) io.out(`${lines.join('\n')}\n`);
  const state = session.state();
  io.out(`\n${meterLines(session.scenario, state, tr.lang).join('\n')}\n`);
  const deadlines = deadlineLines(session.scenario, state, tr);
  if (deadlines.length > 0) io.out(`${deadlines.join('\n')}\n`);
}

/** Plays until an ending, the player quits (`q`) or the input ends. */
export async function playInteractively(io: Io, session: Session, tr: Translator = english): Promise<'finished' | 'stopped'> {
  const input = io.input;
  if (!input) return 'stopped';
  const lines = input[Symbol.asyncIterator]();
  try {
    return await loop(io, session, lines, tr);
  } finally {
    // Closes readline on stdin, so the process can exit once the game is over.
    await lines.return?.();
  }
}

async function loop(io: Io, session: Session, lines: AsyncIterator<string>, tr: Translator): Promise<'finished' | 'stopped'> {
  const ask = async (prompt: string): Promise<string | null> => {
    io.out(prompt);
    const next = await lines.next();
    return next.done ? null : String(next.value).trim();
  };
  while (!session.finished()) {
    const state = session.state();
    const beat = session.rules.beat(state.beat);
    const decision = beat.decision;
    if (!decision) {
      const answer = await ask(`\n${tr.t('cli.play.continue')}`);
      if (answer === null || answer === 'q') return 'stopped';
      showStep(io, session, session.continue().notices, tr);
      continue;
    }
    // Numbered in the session's shuffled order, as the game numbers them; a typed id works too.
    const offered = shownChoices(session.rules, state, session.seed);
    const menu = [`\n${text(decision.prompt, tr.lang)}`];
    const category = (id: string): string => {
      const found = session.scenario.categories.find((candidate) => candidate.id === id);
      return found ? text(found.label, tr.lang) : id;
    };
    offered.forEach((choice, index) => menu.push(`  ${index + 1}. ${text(choice.label, tr.lang)}  [${category(choice.category)}]`));
    if (decision.defaultChoice !== undefined) {
      const fallback = decision.choices.find((choice) => choice.id === decision.defaultChoice);
      menu.push(`  ${tr.t('cli.play.letClockRun', { seconds: decision.timeLimit ?? 0, choice: fallback ? text(fallback.label, tr.lang) : decision.defaultChoice })}`);
    }
    menu.push(`  ${tr.t('cli.play.quit')}`);
    io.out(`${menu.join('\n')}\n`);
    const answer = await ask('> ');
    if (answer === null || answer === 'q') return 'stopped';
    const picked = /^\d+$/.test(answer) ? offered[Number(answer) - 1]?.id : answer;
    const result = answer === 't' ? session.expire() : picked === undefined ? null : session.choose(picked);
    if (!result || !result.accepted) {
      io.out(`${tr.t('cli.play.notAChoice', { answer, reason: result ? stepRefusalText(result, tr, '') : tr.t('cli.play.typeNumber', { count: offered.length }) })}\n`);
      continue;
    }
    showStep(io, session, result.notices, tr);
  }
  return 'finished';
}
