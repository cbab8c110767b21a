import type { Analysis } from './types';
import type { Where } from '../scenario/where';
import { english } from '../i18n/english';
import { whereText } from '../i18n/where-words';

/**
 * The analysis as JSON text with stable keys; path counts (bigints) become decimal strings. The JSON
 * is data read by scripts, in every language: a condition's or a text's place stays the English
 * label it has always been (`choice hidden (if)`, `inject letter body`).
 */
export function analysisToJson(analysis: Analysis): string {
  return JSON.stringify(
    analysis,
    (key, value: unknown) => (typeof value === 'bigint' ? value.toString() : key === 'where' && typeof value === 'object' && value !== null ? whereText(value as Where, english) : value),
    2,
  );
}
