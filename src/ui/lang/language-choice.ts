/**
 * Which language a page opens in (issue #20, "Language choice"): `?lang=` or the switch, kept in
 * this browser so the console, the debrief page and the workshop open in the language the room
 * chose; else the session's kept language; else the browser's language when the scenario has it;
 * else the scenario's first language (the rule itself is src/i18n/resolve-language.ts).
 */
import { langOf, type Lang } from '../../i18n/languages';
import { resolveLanguage } from '../../i18n/resolve-language';

const KEY = 'crisis-room.lang';

function stored(): Lang | undefined {
  try {
    return langOf(localStorage.getItem(KEY));
  } catch {
    return undefined;
  }
}

/**
 * The switch's choice: remembered for every page of this browser, and taken out of the address,
 * where a `?lang=` would otherwise win again on the next reload.
 */
export function chooseLanguage(lang: Lang): void {
  rememberLanguage(lang);
  const url = new URL(window.location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.delete('lang');
    history.replaceState(history.state, '', url);
  }
}

/** Remembers an explicit choice (the switch, or `?lang=`) for every page of this browser. */
function rememberLanguage(lang: Lang): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Storage full or blocked: the choice still applies to this window.
  }
}

export interface PageLanguageSources {
  /** `?lang=` as written in the address, or null. */
  readonly fromUrl: string | null;
  /** The language the session being shown was played in. */
  readonly kept?: string | null;
  /** The scenario's declared languages, default first. */
  readonly scenario?: readonly string[];
}

/** The language to show, and a message when the address asked for one we do not ship. */
export function pageLanguage(sources: PageLanguageSources): { lang: Lang; unknown: string | null } {
  const fromUrl = langOf(sources.fromUrl);
  if (fromUrl) rememberLanguage(fromUrl);
  const lang = resolveLanguage({
    explicit: fromUrl ?? stored(),
    kept: sources.kept,
    preferred: typeof navigator === 'undefined' ? [] : navigator.languages,
    scenario: sources.scenario,
  });
  return { lang, unknown: sources.fromUrl !== null && !fromUrl ? sources.fromUrl : null };
}
