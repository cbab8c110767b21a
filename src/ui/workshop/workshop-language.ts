/**
 * The workshop's words: its own namespace on top of the browser's English, loaded only by this
 * page (the game's bundle never carries it), then the page's language settled as the game's is.
 */
import common from '../../i18n/locales/en/common.json';
import game from '../../i18n/locales/en/game.json';
import workshop from '../../i18n/locales/en/workshop.json';
import { createTranslator } from '../../i18n/translator';
import { settleLanguage, type PageMessage } from '../lang/settle-language';
import { usePageEnglish } from '../lang/ui-language';

export async function settleWorkshopLanguage(): Promise<PageMessage[]> {
  usePageEnglish(createTranslator('en', { common, game, workshop }));
  const messages: PageMessage[] = [];
  await settleLanguage(new URLSearchParams(location.search).get('lang'), messages);
  return messages;
}
