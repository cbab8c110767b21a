import common from '../../i18n/locales/en/common.json';
import game from '../../i18n/locales/en/game.json';
import { createTranslator, type NamespacedCatalog, type Translator } from '../../i18n/translator';

/**
 * The English every page starts in: `common` and the words of the game's first screens. Another
 * page's namespaces (the console's, the debrief viewer's) and the game's later screens' words
 * (game-later.json) join it when their modules load (addPageEnglish), so the game's first
 * download carries none of them.
 */
export const pageEnglishCatalog: NamespacedCatalog = { common, game };

export const pageEnglish: Translator = createTranslator('en', pageEnglishCatalog);
