/** The random-test report as plain text, in the translator's language (issue #20). */
import { english, kindText, refusalText, type KindKeys, type Translator } from '../i18n/index';
import type { RandomTestReport, RunFailure } from './random-test';

/** The ids of what no run reached, or the language's "none". */
const list = (items: readonly string[], tr: Translator): string => (items.length === 0 ? tr.t('cli.randomtest.none') : items.join(', '));
const route = (path: readonly string[], tr: Translator): string => (path.length === 0 ? tr.t('cli.randomtest.noChoices') : path.join(' > '));

function coverage(key: 'cli.randomtest.beats' | 'cli.randomtest.choices', covered: number, total: number, never: readonly string[], tr: Translator): string {
  return `${tr.t(key, { covered, total })}${never.length > 0 ? tr.t('cli.randomtest.never', { ids: list(never, tr) }) : ''}`;
}

const RUN_FAILURE_WORDS: KindKeys<Exclude<RunFailure['kind'], 'refused'>> = {
  tooLong: 'cli.randomtest.why.tooLong',
  noChoice: 'cli.randomtest.why.noChoice',
  noNext: 'cli.randomtest.why.noNext',
  noEnding: 'cli.randomtest.why.noEnding',
};

/** Why a run failed, in the translator's language; the English is `runFailureText`'s, word for word. */
export function runFailureWords(cause: RunFailure, tr: Translator): string {
  return cause.kind === 'refused'
    ? tr.t('cli.randomtest.why.refused', { reason: refusalText(cause.refusal, tr) })
    : kindText(RUN_FAILURE_WORDS, cause, tr);
}

export function formatRandomTest(report: RandomTestReport, tr: Translator = english): string {
  const out: string[] = [];
  out.push(tr.t('cli.randomtest.title', { scenario: report.scenario, runs: tr.number(report.runs), seed: report.seed, strategy: report.strategy }), '', tr.t('cli.randomtest.endings'));
  for (const ending of report.endings) out.push(`  ${ending.id.padEnd(24)} ${String(ending.runs).padStart(7)}  ${(ending.share * 100).toFixed(1).padStart(5)}%`);
  out.push('', tr.t('cli.randomtest.meters'));
  for (const [id, p] of Object.entries(report.meters)) {
    out.push(`  ${id.padEnd(16)} ${tr.t('cli.randomtest.meterLine', { spread: [p.min, p.p10, p.p25, p.median, p.p75, p.p90, p.max].join(' / '), mean: p.mean })}`);
  }
  out.push(
    '',
    coverage('cli.randomtest.beats', report.beats.covered, report.beats.total, report.beats.unvisited, tr),
    coverage('cli.randomtest.choices', report.choices.covered, report.choices.total, report.choices.unchosen, tr),
    tr.t('cli.randomtest.failed', { n: report.failed }),
  );
  for (const failure of report.failures) {
    out.push(`  ${tr.t('cli.randomtest.failure', { run: failure.run, seed: failure.seed, beat: failure.beat, reason: runFailureWords(failure.cause, tr), choices: route(failure.choices, tr) })}`);
  }
  return `${out.join('\n')}\n`;
}
