/**
 * Puts a page in its language at start-up: the address's `?lang=`, else the remembered choice,
 * else the browser's language (language-choice.ts). A `?lang=` we do not ship, or a Korean
 * catalog that does not arrive, leaves the page in English and says so on its first screen.
 */
import { t, useLanguage } from './ui-language';
import { pageLanguage } from './language-choice';

export interface PageMessage {
  readonly text: string;
}

export async function settleLanguage(fromUrl: string | null, messages: PageMessage[], kept?: string | null): Promise<void> {
  const { lang, unknown } = pageLanguage({ fromUrl, kept });
  try {
    await useLanguage(lang);
  } catch (error) {
    await useLanguage('en');
    messages.push({ text: t('game.menu.languageFailed', { reason: error instanceof Error ? error.message : String(error) }) });
  }
  if (unknown !== null) messages.push({ text: t('game.menu.unknownLanguage', { lang: unknown }) });
}
