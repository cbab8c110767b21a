import common from '../../i18n/locales/en/common.json';
import game from '../../i18n/locales/en/game.json';
import { createTranslator, type NamespacedCatalog, type Translator } from '../../i18n/translator';

/**
 * The English every page starts in: `common` and the game's own words. Another page's namespaces
 * (the console's, the debrief viewer's) join it when their modules load (addPageEnglish), so the
 * game's first download carries neither.
 */
export const pageEnglishCatalog: NamespacedCatalog = { common, game };

export const pageEnglish: Translator = createTranslator('en', pageEnglishCatalog);
