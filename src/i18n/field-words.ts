/**
 * A live message's field for a person (issue #20): the server names the field Ajv refused by its
 * JSON path (`/command/seconds`), which stays on the wire for logs; pages and the server's own
 * English say it from a small table of the protocol's fields (`refusal.field.<path>`). Only the
 * live server's refusals name fields, so this stays out of refusal-words.ts and the game's first
 * download.
 */
import type { MessageKey } from './catalog-types.ts';
import { refusalText, type WordedRefusal } from './refusal-words.ts';
import type { Translator } from './translator.ts';

/** The table's key of a field's JSON path: `/command/seconds` → `refusal.field.command.seconds`; the root is the message. */
export const fieldKey = (path: string): MessageKey => `refusal.field.${path === '' ? 'message' : path.slice(1).replaceAll('/', '.')}` as MessageKey;

/** The field at `path` in words, or `otherwise` (the path itself) for a field the protocol does not have. */
export function fieldWord(path: string, tr: Translator, otherwise = path): string {
  const key = fieldKey(path);
  return tr.has(key) ? tr.t(key) : otherwise;
}

/**
 * A refusal's values with the field it names (`field`, a JSON path) and the property a rule names
 * (a missing or unknown one) in words, as `fieldWord` and `propertyWord`. An unknown property
 * keeps its own name: it is what the sender wrote.
 */
export function withFieldWords(values: Readonly<Record<string, string>>, tr: Translator): Readonly<Record<string, string>> {
  const { field, property } = values;
  if (field === undefined) return values;
  return {
    ...values,
    fieldWord: fieldWord(field, tr),
    ...(property !== undefined && { propertyWord: fieldWord(`${field}/${property}`, tr, property) }),
  };
}

/** A live server's refusal in the translator's language, the field it names in words. */
export const liveRefusalText = (refusal: WordedRefusal, tr: Translator): string =>
  refusalText(refusal.values === undefined ? refusal : { ...refusal, values: withFieldWords(refusal.values, tr) }, tr);
