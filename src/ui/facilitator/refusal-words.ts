/**
 * Why the game window refused a console's command, in the console's language (issue #20). The
 * game window answers in English: its first download carries no refusal codes. The console finds
 * which refusal it is by matching the English against the refusal catalog's English, which a test
 * holds to the engine's and the links' own words, and words that refusal in its own language.
 */
import english from '../../i18n/locales/en/refusal.json';
import { refusalText, type WordedRefusal } from '../../i18n/refusal-words';
import type { Translator } from '../../i18n/translator';

/** The refusals the console link and the game window word themselves (src/ui/sync). */
export const CONSOLE_REFUSAL_CODES = [
  'noSuchInject',
  'noSuchBeat',
  'notAllowed',
  'nothingToDo',
  'noFeedbackSwitch',
  'noDisplaySwitch',
  'badProof',
  'noController',
  'otherController',
  'consoleClosed',
  'noProjector',
  'noAnswer',
] as const;

const escape = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A catalog entry: its source text in node, or Lingui's compiled form in a build (vite/i18n-plugin.ts). */
type CatalogMessage = string | readonly (string | readonly unknown[])[];

/** A message's literal parts and placeholder names, alternating (literal, name, literal, ...). */
function partsOf(message: CatalogMessage): string[] {
  // The source form escapes an apostrophe by doubling it; the compiled form has it plain.
  if (typeof message === 'string') return message.split(/\{(\w+)\}/).map((part, index) => (index % 2 === 1 ? part : part.replace(/''/g, "'")));
  const parts: string[] = [''];
  for (const token of message) {
    if (typeof token === 'string') parts[parts.length - 1] += token;
    else parts.push(String(token[0]), '');
  }
  return parts;
}

/** A catalog message as a pattern: its literal parts exactly, each `{name}` captured. */
function pattern(message: CatalogMessage): RegExp | null {
  const parts = partsOf(message);
  // A message that is nothing but a value (Ajv's detail) would match any reason.
  if (parts.every((part, index) => index % 2 === 1 || part === '')) return null;
  return new RegExp(`^${parts.map((part, index) => (index % 2 === 1 ? `(?<${part}>.*?)` : escape(part))).join('')}$`);
}

const PATTERNS = Object.entries(english as Readonly<Record<string, CatalogMessage>>).flatMap(([code, message]) => {
  const found = pattern(message);
  return found ? [{ code, found }] : [];
});

/** The refusal an English reason is, with its values; just the text when none matches. */
export function matchRefusal(reason: string): WordedRefusal {
  for (const { code, found } of PATTERNS) {
    const match = found.exec(reason);
    if (match) return { code, values: { ...match.groups }, text: reason };
  }
  return { text: reason };
}

export const consoleRefusalText = (reason: string, tr: Translator): string => refusalText(matchRefusal(reason), tr);
