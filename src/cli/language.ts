/** The CLI's `--lang`: which language a command prints in for people. */
import { InvalidArgumentError, type Command } from 'commander';
import { english, isLang, LANGUAGES, loadTranslator, resolveLanguage, type Lang, type Translator } from '../i18n/index';

const LANG_FLAG = /^--lang(?:=(.*))?$/;

/**
 * The `--lang` given anywhere on the command line, read before commander parses it so help and
 * usage messages come out in that language too. A value we do not ship is left for commander to
 * reject with a clear message.
 */
export function explicitLanguage(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') return undefined;
    const match = LANG_FLAG.exec(argv[i] ?? '');
    if (!match) continue;
    const value = match[1] ?? argv[i + 1];
    return isLang(value) ? value : undefined;
  }
  return undefined;
}

/** Commander's check of `--lang`'s value. */
export function parseLang(value: string, tr: Translator = english): Lang {
  if (isLang(value)) return value;
  throw new InvalidArgumentError(tr.t('cli.usage.useOneOf', { list: LANGUAGES.join(', ') }));
}

/** The `--lang` a command was given (it belongs to the program, so it is read with the globals). */
export function langOption(command: Command): Lang | undefined {
  const value: unknown = command.optsWithGlobals()['lang'];
  return isLang(value) ? value : undefined;
}

/**
 * The terminal's languages, best first, as a POSIX locale names them: `LANGUAGE` (GNU gettext's
 * list, `ko:en`), then the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set (`ko_KR.UTF-8`).
 * The C and POSIX locales name no language.
 */
export function terminalLanguages(env: Readonly<Record<string, string | undefined>>): string[] {
  const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((value) => value !== undefined && value !== '');
  const named = (tag: string): boolean => tag !== '' && !/^(?:C|POSIX)(?:[._@].*)?$/.test(tag);
  // gettext reads LANGUAGE only when a locale other than C is in force; so do we.
  const list = locale !== undefined && named(locale) ? (env['LANGUAGE'] ?? '').split(':') : [];
  return [...list, locale ?? ''].filter(named);
}

/**
 * The language a command speaks: `--lang` if given, else the one kept with a save, else the
 * terminal's (`LANG=ko_KR.UTF-8`) when the scenario has it, else the scenario's first.
 */
export function translatorFor(
  explicit: string | undefined,
  scenarioLanguages: readonly string[],
  kept?: string,
  preferred: readonly string[] = [],
): Promise<Translator> {
  return loadTranslator(resolveLanguage({ explicit: explicit ?? null, kept: kept ?? null, preferred, scenario: scenarioLanguages }));
}
