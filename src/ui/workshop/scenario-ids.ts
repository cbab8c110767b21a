/**
 * The ids a scenario declares, read from its text as it is now (even when it does not check yet),
 * so completion and hover can offer the author's own beats, choices, meters, flags and the rest.
 */
import { parseDocument } from 'yaml';

export type IdKind = 'beat' | 'choice' | 'meter' | 'flag' | 'fact' | 'role' | 'category' | 'deadline' | 'ending' | 'trigger';

export interface DeclaredId {
  readonly id: string;
  readonly kind: IdKind;
  /** Its title or label, when it has one written as plain text. */
  readonly title: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const records = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter(isRecord) : []);
const titleOf = (item: Record<string, unknown>): string | null => {
  const title = item['title'] ?? item['label'];
  return typeof title === 'string' ? title : null;
};

function collect(list: unknown, kind: IdKind, out: DeclaredId[]): void {
  for (const item of records(list)) {
    if (typeof item['id'] === 'string') out.push({ id: item['id'], kind, title: titleOf(item) });
  }
}

/** Every declared id, in file order. A text that does not parse yields what its parsable part declares. */
export function declaredIds(text: string): DeclaredId[] {
  let root: unknown;
  try {
    root = parseDocument(text, { uniqueKeys: false }).toJS({ maxAliasCount: 100 });
  } catch {
    return [];
  }
  if (!isRecord(root)) return [];
  const out: DeclaredId[] = [];
  collect(root['beats'], 'beat', out);
  for (const beat of records(root['beats'])) {
    const decision = beat['decision'];
    if (isRecord(decision)) collect(decision['choices'], 'choice', out);
  }
  collect(root['meters'], 'meter', out);
  collect(root['flags'], 'flag', out);
  collect(root['facts'], 'fact', out);
  collect(root['roles'], 'role', out);
  collect(root['categories'], 'category', out);
  collect(root['deadlines'], 'deadline', out);
  collect(root['endings'], 'ending', out);
  collect(root['triggers'], 'trigger', out);
  return out;
}
