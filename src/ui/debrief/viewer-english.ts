/** The debrief views' English (the `viewer` namespace), added to the page's when they load. */
import viewer from '../../i18n/locales/en/viewer.json';
import { addPageEnglish } from '../lang/ui-language';

addPageEnglish({ viewer });
