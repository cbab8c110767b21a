import { placeholder } from '../help-words';
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { createSession, stepLimit, type Session } from '../../engine/index';
import { english, stepRefusalText, type Translator } from '../../i18n/index';
import type { Scenario } from '../../scenario/index';
import { guarded, type Io, UsageError } from '../io';
import { langOption, terminalLanguages, translatorFor } from '../language';
import { outcomeOf } from '../outcome';
import { readScenario } from '../scenario-file';
import { playInteractively, showStep } from '../terminal-play';

export interface PlayOptions {
  readonly choices?: string;
  readonly auto?: string;
  readonly seed?: string;
  readonly json?: boolean;
  readonly save?: string;
  /** `--lang`: the language of the terminal's lines (default: the scenario's first). */
  readonly lang?: string;
  /** The terminal's languages (`LANG`), best first: chosen when the scenario has one and no --lang is given. */
  readonly preferred?: readonly string[];
}

/** Scripted and random play stop after this many steps, so a scenario that loops forever cannot hang the CLI. */
export const playStepLimit = (scenario: Scenario): number => stepLimit(scenario);
const EXPIRE = new Set(['expire', 'clock.expire']);
/** `--choices push:<inject id>`: the facilitator pushes an optional inject at that point of the script. */
const PUSH = 'push:';

export function parseSeed(raw: string | undefined, fallback: () => number, tr: Translator = english): number {
  if (raw === undefined) return fallback();
  if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) throw new UsageError(tr.t('cli.play.seedInteger', { given: raw }));
  return Number(raw);
}

/** Presses Continue through beats without a decision. */
function continueThrough(session: Session, show: (notices: Parameters<typeof showStep>[2]) => void): void {
  const limit = playStepLimit(session.scenario);
  for (let count = 0; count < limit && !session.finished(); count++) {
    if (session.rules.beat(session.state().beat).decision) return;
    const result = session.continue();
    if (!result.accepted) return;
    show(result.notices);
  }
}

function playScript(session: Session, ids: readonly string[], show: (notices: Parameters<typeof showStep>[2]) => void, tr: Translator): void {
  for (const id of ids) {
    continueThrough(session, show);
    if (session.finished()) throw new UsageError(tr.t('cli.play.endedBefore', { choice: id, ending: session.state().ending ?? '-' }));
    const beat = session.state().beat;
    if (id.startsWith(PUSH)) {
      const inject = id.slice(PUSH.length);
      const pushed = session.inject(inject);
      if (!pushed.accepted) throw new UsageError(tr.t('cli.play.cannotPush', { inject, beat, reason: stepRefusalText(pushed, tr, '') }));
      show(pushed.notices);
      continue;
    }
    const result = EXPIRE.has(id) ? session.expire() : session.choose(id);
    if (!result.accepted) {
      const offered = session.rules.available(session.state()).map((choice) => choice.id);
      const known = session.scenario.beats.some((candidate) => candidate.decision?.choices.some((choice) => choice.id === id));
      const available = offered.length > 0 ? tr.t('cli.play.available', { choices: offered.join(', ') }) : '';
      if (!EXPIRE.has(id) && !known) throw new UsageError(tr.t('cli.play.unknownChoice', { choice: id, scenario: session.scenario.meta.id, available }));
      const what = EXPIRE.has(id) ? 'clock.expire' : `'${id}'`;
      throw new UsageError(tr.t('cli.play.cannotTake', { what, beat, reason: stepRefusalText(result, tr, ''), available }));
    }
    show(result.notices);
  }
  continueThrough(session, show);
}

export function playRandom(session: Session, seed: number, show: (notices: Parameters<typeof showStep>[2]) => void, tr: Translator = english): void {
  const generator = xoroshiro128plus(seed);
  const limit = playStepLimit(session.scenario);
  for (let count = 0; count < limit && !session.finished(); count++) {
    continueThrough(session, show);
    if (session.finished()) return;
    const offered = session.rules.available(session.state());
    const pick = offered[uniformInt(generator, 0, Math.max(0, offered.length - 1))];
    if (!pick) throw new UsageError(tr.t('cli.play.stuck', { beat: session.state().beat }));
    show(session.choose(pick.id).notices);
  }
  if (!session.finished()) throw new UsageError(tr.t('cli.play.noEnding', { steps: limit }));
}

/** `crisis-room play`: interactive, scripted (`--choices`) or random (`--auto random`) play. */
export async function runPlay(file: string, options: PlayOptions, io: Io, cliTr: Translator = english): Promise<number> {
  return guarded(io, async (io) => {
    if (options.auto !== undefined && options.auto !== 'random') throw new UsageError(cliTr.t('cli.play.autoRandom', { given: options.auto }));
    if (options.auto !== undefined && options.choices !== undefined) throw new UsageError(cliTr.t('cli.play.choicesOrAuto'));
    // Before the scenario names its languages, a file that cannot be read is said in the CLI's.
    const scenario = readScenario(file, cliTr);
    const tr = await translatorFor(options.lang, scenario.languages, undefined, options.preferred);
    const seed = parseSeed(options.seed, () => Math.floor(Math.random() * 2 ** 31), tr);
    const session = createSession(scenario, { seed, lang: tr.lang, ...(io.now ? { now: io.now } : {}) });
    const show = options.json ? () => undefined : (notices: Parameters<typeof showStep>[2]) => showStep(io, session, notices, tr);
    show(session.log()[0]?.notices ?? []);
    if (options.choices !== undefined) playScript(session, options.choices.split(',').map((id) => id.trim()).filter(Boolean), show, tr);
    else if (options.auto !== undefined) playRandom(session, seed, show, tr);
    else if ((await playInteractively(io, session, tr)) === 'stopped' && !options.json) io.out(`\n${tr.t('cli.play.stopped')}\n`);
    if (options.save !== undefined) {
      try {
        writeFileSync(options.save, `${JSON.stringify(session.save(), null, 2)}\n`);
      } catch (error) {
        throw new UsageError(tr.t('cli.debrief.cannotWrite', { file: options.save, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
      }
    }
    if (options.json) io.out(`${JSON.stringify(outcomeOf(scenario, session.state(), seed), null, 2)}\n`);
    return 0;
  });
}

/** The lines of standard input, for interactive play; ending the iteration releases stdin. */
export function stdinLines(): AsyncIterable<string> {
  const reader = createInterface({ input: process.stdin, terminal: false });
  const lines = reader[Symbol.asyncIterator]();
  return {
    [Symbol.asyncIterator]: () => ({
      next: () => lines.next(),
      return: async () => {
        reader.close();
        // Otherwise an open pipe or terminal keeps the process alive after the game.
        process.stdin.destroy();
        return { done: true as const, value: undefined };
      },
    }),
  };
}

export function register(program: Command, tr: Translator): void {
  program
    .command('play')
    .description(tr.t('cli.play.help.description'))
    .argument(placeholder(tr, 'cli.arg.file'), tr.t('cli.help.scenarioFile'))
    .option(`--choices ${placeholder(tr, 'cli.arg.ids')}`, tr.t('cli.play.help.choices'))
    .option(`--auto ${placeholder(tr, 'cli.arg.mode')}`, tr.t('cli.play.help.auto'))
    .option('--seed <n>', tr.t('cli.play.help.seed'))
    .option('--json', tr.t('cli.play.help.json'))
    .option(`--save ${placeholder(tr, 'cli.arg.file')}`, tr.t('cli.play.help.save'))
    .action(async (file: string, options: PlayOptions, command: Command) => {
      process.exitCode = await runPlay(file, { ...options, lang: langOption(command), preferred: terminalLanguages(process.env) }, {
        out: (text) => process.stdout.write(text),
        err: (text) => process.stderr.write(text),
        get input() {
          return stdinLines();
        },
      }, tr);
    });
}
