/**
 * The workshop summary's sentences about conditions, clamped effects and texts with variants, in
 * the page's language. Pure (no DOM), so a unit test can read them in English and Korean. Where a
 * finding is (`rubric x evidence 1 (when)`, `inject x body`) is worded as `analyze` words it; the
 * conditions themselves are the author's own source, kept as written.
 */
import type { Analysis } from '../../analysis/index';
import type { Translator } from '../../i18n/translator';
import { whereText } from '../../i18n/where-words';

/** One line per condition that never or always holds, then one per meter change that changes nothing. */
export function findingLines(analysis: Pick<Analysis, 'conditions' | 'clampedEffects'>, tr: Translator): string[] {
  return [
    ...analysis.conditions.map((c) => tr.t(c.verdict === 'never-true' ? 'workshop.summary.neverTrue' : 'workshop.summary.alwaysTrue', { where: whereText(c.where, tr), source: c.source })),
    ...analysis.clampedEffects.map((e) =>
      tr.t('workshop.summary.clamped', { choice: e.choice, meter: e.meter, change: e.change, values: e.values.map((v) => tr.number(v)).join(', ') }),
    ),
  ];
}

/** One line per text with when-variants: what its variants read, and the flags that vary there unread. */
export function textLines(analysis: Pick<Analysis, 'texts'>, tr: Translator): string[] {
  return analysis.texts.map((text) => {
    const unread = text.flagsThatVary?.filter((flag) => !text.flags.includes(flag)) ?? [];
    const reads = [...text.flags, ...text.reads].join(', ') || tr.t('workshop.summary.readsNothing');
    const where = whereText(text.where, tr);
    return unread.length > 0 ? tr.t('workshop.summary.textReadsUnread', { where, reads, unread: unread.join(', ') }) : tr.t('workshop.summary.textReads', { where, reads });
  });
}
