import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ErrorCode } from 'yaml';
import { NAME_NOUNS } from '../../src/scenario/suggest';

const SRC = resolve(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

/** Every diagnostic code the source emits or names ('CR601'), sorted. */
export const DIAGNOSTIC_CODES: readonly string[] = [
  ...new Set(files(SRC).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(CR\d{3})'/g)].map((m) => m[1] ?? ''))),
].sort();

/** yaml's error codes: check words the package's English message by its code (`yaml.<code>`). */
const YAML_CODES: readonly ErrorCode[] = [
  'ALIAS_PROPS', 'BAD_ALIAS', 'BAD_DIRECTIVE', 'BAD_DQ_ESCAPE', 'BAD_INDENT', 'BAD_PROP_ORDER', 'BAD_SCALAR_START',
  'BLOCK_AS_IMPLICIT_KEY', 'BLOCK_IN_FLOW', 'DUPLICATE_KEY', 'IMPOSSIBLE', 'KEY_OVER_1024_CHARS', 'MISSING_CHAR',
  'MULTILINE_IMPLICIT_KEY', 'MULTIPLE_ANCHORS', 'MULTIPLE_DOCS', 'MULTIPLE_TAGS', 'NON_STRING_KEY', 'RESOURCE_EXHAUSTION',
  'TAB_AS_INDENT', 'TAG_RESOLVE_FAILED', 'UNEXPECTED_TOKEN', 'BAD_COLLECTION_TYPE',
];

/**
 * The keys of check's phrases under `diagnostics.`: each one the source names in quotes
 * ('CR201.notMapping', 'hint.didYouMean'), a noun (`noun.beat`) or a yaml error code.
 */
export const DIAGNOSTIC_PHRASES: readonly string[] = [
  ...new Set(files(SRC).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'((?:CR\d{3}|[a-z][A-Za-z]*)(?:\.[A-Za-z][A-Za-z0-9]*)?)'/g)].map((m) => m[1] ?? ''))),
  ...Object.keys(NAME_NOUNS).map((noun) => `noun.${noun}`),
  ...YAML_CODES.map((code) => `yaml.${code}`),
];
