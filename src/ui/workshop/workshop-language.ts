/**
 * The workshop's words: its own namespace on top of the browser's English, loaded only by this
 * page (the game's bundle never carries it), then the page's language settled as the game's is.
 */
import workshop from '../../i18n/locales/en/workshop.json';
import authoring from '../../i18n/locales/en/authoring.json';
import { settleLanguage, type PageMessage } from '../lang/settle-language';
import { addPageEnglish } from '../lang/ui-language';

export async function settleWorkshopLanguage(): Promise<PageMessage[]> {
  addPageEnglish({ workshop, authoring });
  const messages: PageMessage[] = [];
  await settleLanguage(new URLSearchParams(location.search).get('lang'), messages);
  return messages;
}
