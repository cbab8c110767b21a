import { BASE_LANGUAGE, langOf, type Lang } from './languages.ts';

/** Everything that can say which language to show, strongest first. */
export interface LanguageSources {
  /** An explicit choice: `?lang=`, `--lang`, the menu's or the console's switch. */
  readonly explicit?: string | null;
  /** The language the session was played in, kept with its save. */
  readonly kept?: string | null;
  /** The browser's (or the terminal's) preferred languages, best first. */
  readonly preferred?: readonly string[];
  /** The scenario's declared languages, default first; absent or empty before a scenario is chosen. */
  readonly scenario?: readonly string[];
}

/**
 * The one rule for the interface language: an explicit choice, else the session's kept language,
 * else the first preferred language the scenario has, else the scenario's first language, else
 * English. A choice naming a language we do not ship is skipped, never an error here (the door
 * that took it says what is wrong).
 */
export function resolveLanguage(sources: LanguageSources): Lang {
  const explicit = langOf(sources.explicit);
  if (explicit) return explicit;
  const kept = langOf(sources.kept);
  if (kept) return kept;
  const offered = (sources.scenario ?? []).map((tag) => langOf(tag)).filter((lang) => lang !== undefined);
  for (const tag of sources.preferred ?? []) {
    const lang = langOf(tag);
    if (lang && (offered.length === 0 || offered.includes(lang))) return lang;
  }
  return offered[0] ?? BASE_LANGUAGE;
}
