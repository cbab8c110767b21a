import common from '../i18n/locales/en/common.json';
import debrief from '../i18n/locales/en/debrief.json';
import { createTranslator, type Translator } from '../i18n/translator';

/**
 * The report's English: the `common` and `debrief` namespaces only, the default of every builder
 * and exporter here, so a page that shows a report does not ship the CLI's or the console's English.
 */
export const debriefEnglish: Translator = /* @__PURE__ */ createTranslator('en', { common, debrief });
