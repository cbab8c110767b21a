/**
 * The CLI's help in Korean (issue #20): every command's `--help`, commander's own headings and
 * placeholders included, leaves no English but what a user types (commands, flags, format names,
 * file names), and `LANG=ko_KR.UTF-8` asks for it as `--lang ko` does.
 */
import { describe, expect, it } from 'vitest';
import { CommanderError } from 'commander';
import { createProgram } from '../../src/cli/main';
import { terminalLanguages } from '../../src/cli/language';
import { english, loadTranslator, type Translator } from '../../src/i18n/index';
import { runCliWith } from './run-cli';

const COMMANDS = ['check', 'schema', 'play', 'replay', 'test', 'debrief', 'compare', 'analyze', 'randomtest', 'graph', 'new'];

/** Words typed as they are: the commands, the formats and strategies an option takes, and names of formats. */
const KEPT = new Set([...COMMANDS, 'help', 'crisis', 'room', 'json', 'mermaid', 'dot', 'csv', 'html', 'uniform', 'none', 'random', 'expire', 'push', 'JSON', 'YAML', 'Schema', 'draft', 'Crisis', 'Room', 'CISO', 'pipa', 'gdpr', 'sec']);

/** `crisis-room <args> --help` as the program prints it in the translator's language. */
async function help(tr: Translator, ...args: string[]): Promise<string> {
  let out = '';
  const program = createProgram({ out: (s) => (out += s), err: (s) => (out += s) }, tr);
  await expect(program.parseAsync([...args, '--help'], { from: 'user' })).rejects.toBeInstanceOf(CommanderError);
  return out;
}

/** Latin words of 3+ letters left in a Korean text, leaving out flags, ids, paths and file names. */
function english3(text: string): string[] {
  return text
    .split(/\s+/)
    // --json, nis2_early, scenarios/schema.json, least-used, $schema=./schema.json: typed as they are.
    .filter((token) => !/[-_/.$=]/.test(token.replace(/[.,:()"`]+$/, '').replace(/^[("`]+/, '')))
    .flatMap((token) => [...token.matchAll(/[A-Za-z]{3,}/g)].map((m) => m[0]))
    .filter((word) => !KEPT.has(word));
}

describe('the CLI help in Korean', () => {
  it.each([[''], ...COMMANDS.map((c) => [c])])('crisis-room %s --help leaves no English but what is typed', async (command) => {
    const ko = await loadTranslator('ko');
    const text = await help(ko, ...(command === '' ? [] : [command]));
    expect(text).toContain('사용법:');
    expect([...new Set(english3(text))]).toEqual([]);
  });

  it('keeps the English help as commander writes it', async () => {
    const text = await help(english, 'graph');
    expect(text).toContain('Usage: crisis-room graph [options] <file>');
    expect(text).toContain('--format <format>  mermaid or dot (default: "mermaid")');
    expect(text).toContain('-h, --help         display help for command');
  });

  it('wraps a Korean description by the columns a terminal gives Hangul (two each)', async () => {
    const ko = await loadTranslator('ko');
    for (const line of (await help(ko, 'analyze')).split('\n')) {
      const columns = [...line].reduce((n, ch) => n + (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/.test(ch) ? 2 : 1), 0);
      expect(columns, line).toBeLessThanOrEqual(80);
    }
  });
});

describe("the terminal's language", () => {
  it('reads LANGUAGE, then LC_ALL, LC_MESSAGES or LANG, and no language from the C locale', () => {
    expect(terminalLanguages({ LANG: 'ko_KR.UTF-8' })).toEqual(['ko_KR.UTF-8']);
    expect(terminalLanguages({ LC_ALL: 'en_GB.UTF-8', LANG: 'ko_KR.UTF-8' })).toEqual(['en_GB.UTF-8']);
    expect(terminalLanguages({ LANGUAGE: 'ko:en', LANG: 'en_US.UTF-8' })).toEqual(['ko', 'en', 'en_US.UTF-8']);
    // gettext ignores LANGUAGE under the C locale.
    expect(terminalLanguages({ LANGUAGE: 'ko', LANG: 'C.UTF-8' })).toEqual([]);
    expect(terminalLanguages({ LANG: 'POSIX' })).toEqual([]);
    expect(terminalLanguages({})).toEqual([]);
  });

  it('LANG=ko_KR.UTF-8 prints the help in Korean, and --lang en still wins', () => {
    const env = { LANG: 'ko_KR.UTF-8', LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '' };
    const korean = runCliWith(env, 'test', '--help');
    expect(korean.code).toBe(0);
    expect(korean.stdout).toContain('사용법: crisis-room test [옵션] <파일...>');
    const chosen = runCliWith(env, '--lang', 'en', 'test', '--help');
    expect(chosen.stdout).toContain('Usage: crisis-room test [options] <files...>');
  });
});
