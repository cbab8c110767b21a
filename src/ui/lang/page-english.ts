/** The English every page starts in, and the text a Korean key it lacks falls back to. */
export { english as pageEnglish } from '../../i18n/english';
