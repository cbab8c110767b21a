/**
 * Commander's own usage errors in the reader's language (issue #20). Commander words them in
 * English inside the library; the pinned version's sentences are matched here and said again from
 * the catalog, keeping the names and flags they carry. A sentence not matched stays as commander
 * wrote it, so a new commander message is never lost, only left in English.
 */
import type { Translator } from '../i18n/index';

type Reword = (match: RegExpExecArray, tr: Translator) => string;

const didYouMean = (suggestion: string | undefined, tr: Translator): string => (suggestion === undefined ? '' : tr.t('cli.usage.didYouMean', { suggestion }));

const SENTENCES: readonly (readonly [RegExp, Reword])[] = [
  [/^error: missing required argument '(.+)'$/, (m, tr) => tr.t('cli.usage.missingArgument', { name: m[1] ?? '' })],
  [/^error: option '(.+)' argument missing$/, (m, tr) => tr.t('cli.usage.optionArgumentMissing', { flags: m[1] ?? '' })],
  [/^error: required option '(.+)' not specified$/, (m, tr) => tr.t('cli.usage.requiredOption', { flags: m[1] ?? '' })],
  [/^error: unknown option '(.+?)'(?: \(Did you mean (.+)\?\))?$/, (m, tr) => tr.t('cli.usage.unknownOption', { flag: m[1] ?? '' }) + didYouMean(m[2], tr)],
  [/^error: unknown command '(.+?)'(?: \(Did you mean (.+)\?\))?$/, (m, tr) => tr.t('cli.usage.unknownCommand', { name: m[1] ?? '' }) + didYouMean(m[2], tr)],
  [/^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (m, tr) => tr.t('cli.usage.tooManyArguments', { expected: Number(m[2]), got: Number(m[3]) })],
  [/^error: option '(.+)' argument '(.*)' is invalid\. (.*)$/, (m, tr) => tr.t('cli.usage.invalidOptionArgument', { flags: m[1] ?? '', given: m[2] ?? '', detail: m[3] ?? '' })],
];

/** Commander's one-line message said in `tr`'s language; English stays commander's own words. */
export function commanderMessage(message: string, tr: Translator): string {
  if (tr.lang === 'en') return message;
  for (const [pattern, reword] of SENTENCES) {
    const match = pattern.exec(message);
    if (match) return reword(match, tr);
  }
  return message;
}
