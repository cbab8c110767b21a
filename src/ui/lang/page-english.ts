import common from '../../i18n/locales/en/common.json';
import facilitatorConsole from '../../i18n/locales/en/console.json';
import game from '../../i18n/locales/en/game.json';
import viewer from '../../i18n/locales/en/viewer.json';
import { createTranslator, type Translator } from '../../i18n/translator';

/**
 * The English every page starts in, and the text a Korean key it lacks falls back to: the
 * browser's namespaces only, so no page ships the CLI's English.
 */
export const pageEnglish: Translator = createTranslator('en', { common, game, console: facilitatorConsole, viewer });
