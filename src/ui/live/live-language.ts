/**
 * The live page's words: its own namespace on top of the browser's English, loaded only by this
 * page (the game's bundle never carries it), then the page's language settled as the game's is.
 * Scenario text follows the same language, where the scenario has it.
 */
import live from '../../i18n/locales/en/live.json';
import { text } from '../../scenario/text';
import type { Text } from '../../scenario/types';
import { settleLanguage, type PageMessage } from '../lang/settle-language';
import { addPageEnglish, uiLang } from '../lang/ui-language';

export async function settleLiveLanguage(): Promise<PageMessage[]> {
  addPageEnglish({ live });
  const messages: PageMessage[] = [];
  await settleLanguage(new URLSearchParams(location.search).get('lang'), messages);
  return messages;
}

/** A scenario text in the page's language. */
export function show(value: Text): string {
  return text(value, uiLang());
}
