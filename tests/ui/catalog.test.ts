/** What the game says about a shipped file that does not check (it happens under `npm start`). */
import { describe, expect, it } from 'vitest';
import { whyUnplayable, type CatalogEntry } from '../../src/ui/catalog';
import type { Diagnostic } from '../../src/scenario/diagnostic';

const at = (line: number, col: number, code: string, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
  code,
  severity,
  message,
  file: 'tutorial.yaml',
  range: { start: { line, col, offset: 0 }, end: { line, col: col + 1, offset: 1 } },
  path: '',
});

describe('whyUnplayable', () => {
  it('names the file, the first error with its position and how many more there are', () => {
    const entry: CatalogEntry = {
      file: 'tutorial.yaml',
      scenario: null,
      diagnostics: [at(3, 1, 'CR901', 'a warning first', 'warning'), at(85, 8, 'CR301', "unknown beat 'nope_alert'"), at(90, 2, 'CR302', 'another')],
    };
    expect(whyUnplayable(entry)).toBe(
      "tutorial.yaml does not pass the checks: tutorial.yaml:85:8 CR301 unknown beat 'nope_alert' (and 1 more). Run crisis-room check on it for the full list.",
    );
  });

  it('still says which file when there is nothing more to tell', () => {
    expect(whyUnplayable({ file: 'x.yaml', scenario: null, diagnostics: [] })).toBe('x.yaml does not pass the checks.');
  });
});
