/**
 * Commander's own words in `--help` (its headings, `[options]`, "display help for command",
 * "default:") in the reader's language, and the width of a line as a terminal shows it: a Hangul
 * syllable takes two columns, so help wraps where a Korean line really ends.
 */
import { Help, type Command, type HelpConfiguration, type Option } from 'commander';
import stringWidth from 'string-width';
import type { MessageKey } from '../i18n/catalog-types';
import type { Translator } from '../i18n/index';

/** The headings commander prints, by the text it passes to `styleTitle`. */
const TITLES: Readonly<Record<string, MessageKey>> = {
  'Usage:': 'cli.help.usage',
  'Arguments:': 'cli.help.arguments',
  'Options:': 'cli.help.options',
  'Commands:': 'cli.help.commands',
};

/** The placeholders commander writes into a usage line. */
const USAGE_WORDS: Readonly<Record<string, MessageKey>> = {
  '[options]': 'cli.help.optionsWord',
  '[command]': 'cli.help.commandWord',
};

/** A value's placeholder in the reader's language: `<file>`, `<파일>`. */
export function placeholder(tr: Translator, key: MessageKey, variadic = false): string {
  return `<${tr.t(key)}${variadic ? '...' : ''}>`;
}

/** Help settings for `configureHelp`, in the translator's language. */
export function helpIn(tr: Translator): HelpConfiguration {
  const base = new Help();
  const usageWord = (word: string): string => {
    const key = USAGE_WORDS[word];
    return key === undefined ? word : `[${tr.t(key)}]`;
  };
  return {
    styleTitle: (title) => {
      const key = TITLES[title];
      return key === undefined ? title : tr.t(key);
    },
    styleUsage: (usage) => usage.split(' ').map(usageWord).join(' '),
    styleSubcommandTerm: (term) => term.split(' ').map(usageWord).join(' '),
    // The default commander appends to a description, "(default: "md")", with its word translated.
    optionDescription: (option: Option) =>
      base.optionDescription(option).replace('(default: ', `(${tr.t('cli.help.default')}: `),
    displayWidth: (text: string) => stringWidth(text),
  };
}

/** The help option's and help command's descriptions and placeholder in the translator's language. */
export function helpEntries(program: Command, tr: Translator): Command {
  return program
    .helpOption('-h, --help', tr.t('cli.help.help'))
    .helpCommand(`help [${tr.t('cli.help.commandWord')}]`, tr.t('cli.help.help'));
}
