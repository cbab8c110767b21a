/**
 * An ending's tone (`best`, `mixed`) where the analysis and the workshop name it beside the ending's
 * id (issue #20): English keeps the value the author writes, word for word; another language says it
 * in its own words. A page whose English lacks the findings namespace still shows the value itself.
 */
import type { Ending } from '../scenario/types.ts';
import type { MessageKey } from './catalog-types.ts';
import type { FindingWords } from './finding-words.ts';
import type { Translator } from './translator.ts';

type Tone = Ending['tone'];

/** The tone as finding words, for a finding that names the ending it reaches (`findings.tone.<tone>`). */
export const toneWords = (tone: Tone): FindingWords => ({ key: `tone.${tone}`, values: {} });

/** The tone in the translator's language; its own value when the translator has no word for it. */
export function toneText(tone: Tone, tr: Translator): string {
  const key = `findings.tone.${tone}` as MessageKey;
  return tr.has(key) ? tr.t(key) : tone;
}
