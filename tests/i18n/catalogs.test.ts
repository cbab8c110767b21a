import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import english from '../../src/i18n/locales/en/index.ts';
import korean from '../../src/i18n/locales/ko/index.ts';
import { DYNAMIC_KEY_FAMILIES } from './dynamic-keys.ts';

const ROOT = resolve(import.meta.dirname, '../..');
type Catalog = Readonly<Record<string, Readonly<Record<string, unknown>>>>;
const CATALOGS: Readonly<Record<string, Catalog>> = { en: english, ko: korean };

function keysOf(catalog: Catalog): string[] {
  return Object.entries(catalog).flatMap(([ns, messages]) => Object.keys(messages).map((key) => `${ns}.${key}`));
}

function messageOf(catalog: Catalog, id: string): string {
  const dot = id.indexOf('.');
  const value = catalog[id.slice(0, dot)]?.[id.slice(dot + 1)];
  return typeof value === 'string' ? value : '';
}

/** The ICU arguments a message uses ("{n, plural, ...}" and "{who}" give n and who). */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (!Array.isArray(node)) return;
    if (typeof node[0] === 'string' && (node.length === 1 || typeof node[1] === 'string')) names.add(node[0]);
    for (const child of node) {
      if (Array.isArray(child)) walk(child);
      // A plural's or select's options: each is a list of text (strings) and arguments (lists).
      else if (child && typeof child === 'object')
        Object.values(child).forEach((body) => (Array.isArray(body) ? body.forEach(walk) : undefined));
    }
  };
  const compiled = compileMessage(message);
  if (Array.isArray(compiled)) compiled.forEach(walk);
  return [...names].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path.endsWith(join('i18n', 'locales')) ? [] : sourceFiles(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

const SOURCE = sourceFiles(join(ROOT, 'src'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const NAMESPACES = Object.keys(english);
/** A quoted "namespace.key" in code: what `t('…')` and key tables look like. */
const QUOTED_KEY = new RegExp(`['"\`]((?:${NAMESPACES.join('|')})\\.[\\w.-]+)['"\`]`, 'g');

/**
 * The calendar's parts: every language gets all of them (calendar.ts) and writes the month as a
 * name or a number as its custom is, so only these may differ between languages.
 */
const DATE_PARTS = new Set(['month', 'monthName']);
/**
 * Ajv's problem with a live message: English says Ajv's own sentence (`detail`); another language
 * words it from its parts (src/server/messages.ts schemaError), so only these may differ.
 */
const SCHEMA_PROBLEMS = new Set(['refusal.invalidMessage', 'refusal.joinInvalid']);
const SCHEMA_PARTS = new Set(['detail', 'field', 'rule', 'limit', 'property', 'fieldWord', 'propertyWord']);
const comparable = (id: string, names: string[]): string =>
  (id.startsWith('common.calendar.')
    ? names.filter((n) => !DATE_PARTS.has(n))
    : SCHEMA_PROBLEMS.has(id)
      ? names.filter((n) => !SCHEMA_PARTS.has(n))
      : names
  ).join();

describe('interface catalogs', () => {
  it('have the same namespaces and keys in every language', () => {
    const reference = keysOf(english).sort();
    for (const [lang, catalog] of Object.entries(CATALOGS)) {
      const keys = keysOf(catalog).sort();
      expect({ lang, missing: reference.filter((k) => !keys.includes(k)) }).toEqual({ lang, missing: [] });
      expect({ lang, extra: keys.filter((k) => !reference.includes(k)) }).toEqual({ lang, extra: [] });
    }
  });

  it('hold only well-formed ICU messages with the same arguments as English, and none empty', () => {
    const problems: string[] = [];
    for (const [lang, catalog] of Object.entries(CATALOGS)) {
      for (const id of keysOf(catalog)) {
        const message = messageOf(catalog, id);
        if (message.trim() === '') problems.push(`${lang} ${id}: empty`);
        try {
          const expected = argumentsOf(messageOf(english, id));
          const actual = argumentsOf(message);
          if (comparable(id, actual) !== comparable(id, expected)) problems.push(`${lang} ${id}: arguments ${actual.join()} not ${expected.join()}`);
        } catch (error) {
          problems.push(`${lang} ${id}: ${String(error)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('have every key the code names', () => {
    const known = new Set(keysOf(english));
    // A file name ("debrief.html") looks like a key of a namespace with the same name.
    const named = [...SOURCE.matchAll(QUOTED_KEY)].map((m) => m[1] ?? '').filter((id) => !/\.(html|json|css|js|ts|sqlite)$/.test(id));
    expect([...new Set(named.filter((id) => !known.has(id)))]).toEqual([]);
  });

  it('have no key the code never uses', () => {
    const named = new Set([...SOURCE.matchAll(QUOTED_KEY)].map((m) => m[1] ?? ''));
    const unused = keysOf(english).filter(
      (id) => !named.has(id) && !DYNAMIC_KEY_FAMILIES.some((family) => family.covers(id)),
    );
    expect(unused).toEqual([]);
  });

  it('name only dynamic keys whose family the code builds', () => {
    for (const family of DYNAMIC_KEY_FAMILIES) expect(SOURCE, family.prefix).toContain(family.builtAs);
  });
});
