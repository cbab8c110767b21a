/** The console's English (the `console` namespace), added to the page's when its panels load. */
import facilitatorConsole from '../../i18n/locales/en/console.json';
import { addPageEnglish } from '../lang/ui-language.ts';

addPageEnglish({ console: facilitatorConsole });
