/**
 * The translator for the report's own words on a page (verdicts, the summary, the plan, the
 * exports): the page's language. The page's English leaves the `debrief` namespace out (the game's
 * first load does not carry it), so English reports use the report's English, loaded with this
 * chunk.
 */
import { debriefEnglish } from '../../debrief/debrief-english';
import type { Translator } from '../../i18n/translator';
import { translator } from '../lang/ui-language';

export function reportTranslator(): Translator {
  const page = translator();
  return page.lang === 'en' ? debriefEnglish : page;
}
