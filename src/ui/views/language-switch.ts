/**
 * The language switch of the menu and the console: one button per language, each named in its
 * own language (and marked so, for screen readers), the current one pressed.
 */
import { LANGUAGE_NAMES, LANGUAGES, type Lang } from '../../i18n/languages';
import { button, h } from '../dom/h';
import { t } from '../lang/ui-language';

export function languageSwitch(current: Lang, onChoose: (lang: Lang) => void): HTMLElement {
  return h(
    'div',
    { class: 'language-switch', attrs: { role: 'group', 'aria-label': t('game.language.label') } },
    ...LANGUAGES.map((lang) => {
      const choice = button(LANGUAGE_NAMES[lang], () => (lang === current ? undefined : onChoose(lang)), {
        class: 'btn btn--small language-switch__option',
      });
      choice.lang = lang;
      choice.setAttribute('aria-pressed', String(lang === current));
      return choice;
    }),
  );
}
