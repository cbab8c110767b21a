/**
 * The problems found in an instructor's file, each with its position, code and a code frame,
 * as the CLI prints them: a broken file explains itself instead of leaving a blank screen.
 */
import type { Diagnostic } from '../../scenario/diagnostic';
import type { Checker } from '../core';
import { h } from '../dom/h';
import { t } from '../lang/ui-language';

export function diagnosticsView(core: Checker, file: string, source: string, diagnostics: readonly Diagnostic[]): HTMLElement {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const summary = [errors && `${errors} error${errors === 1 ? '' : 's'}`, warnings && `${warnings} warning${warnings === 1 ? '' : 's'}`]
    .filter(Boolean)
    .join(' and ');
  return h(
    'section',
    { class: 'panel diagnostics', attrs: { 'aria-labelledby': 'diagnostics-title' } },
    h('h2', { attrs: { id: 'diagnostics-title' } }, t('game.diagnostics.title', { file, summary: summary || t('game.diagnostics.notAccepted') })),
    h('p', { class: 'muted' }, t('game.diagnostics.hint')),
    h(
      'ol',
      { class: 'diagnostics__list' },
      ...diagnostics.map((d) =>
        h(
          'li',
          { class: `diagnostic diagnostic--${d.severity}` },
          h(
            'p',
            { class: 'diagnostic__head' },
            h('span', { class: 'diagnostic__where' }, `${d.file || file}:${d.range.start.line}:${d.range.start.col}`),
            ' ',
            h('span', { class: `diagnostic__severity diagnostic__severity--${d.severity}` }, `${d.severity} ${d.code}`),
            ' ',
            h('span', null, d.message),
          ),
          d.path && h('p', { class: 'diagnostic__path muted' }, `at ${d.path}`),
          h('pre', { class: 'diagnostic__frame', attrs: { tabindex: 0, 'aria-label': t('game.diagnostics.codeAt', { line: d.range.start.line }) } }, codeFrame(core, d, source)),
        ),
      ),
    ),
  );
}

/** The formatter's frame without its first line, which the heading above already says. */
function codeFrame(core: Checker, diagnostic: Diagnostic, source: string): string {
  const lines = core.formatDiagnostic(diagnostic, source).split('\n');
  return lines.slice(1).join('\n') || lines.join('\n');
}
