/**
 * The workshop's words: its own namespace on top of the browser's English, loaded only by this
 * page (the game's bundle never carries it), then the page's language settled as the game's is.
 */
import workshop from '../../i18n/locales/en/workshop.json';
import authoring from '../../i18n/locales/en/authoring.json';
// The analysis's words too: the summary says where a finding is as `analyze` does (where-words.ts).
import analysis from '../../i18n/locales/en/analysis.json';
import { settleLanguage, type PageMessage } from '../lang/settle-language';
import { addPageEnglish } from '../lang/ui-language';

export async function settleWorkshopLanguage(): Promise<PageMessage[]> {
  addPageEnglish({ workshop, authoring, analysis });
  const messages: PageMessage[] = [];
  await settleLanguage(new URLSearchParams(location.search).get('lang'), messages);
  return messages;
}
