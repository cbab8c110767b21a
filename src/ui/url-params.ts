/**
 * What the address bar asks for: `?scenario=<id>`, `?seed=<n>`, `?lang=<code>`, `?inspect`,
 * `?team=<name>`, `?mode=trainee|instructor`, `?display=projector|standard` and `?workshop`.
 */
import type { DisplayMode } from './display-mode';

export interface UrlParams {
  readonly scenario: string | null;
  /** A valid seed, or null when absent. */
  readonly seed: number | null;
  /** The raw `seed` value when it was present but not a seed, for the message. */
  readonly badSeed: string | null;
  readonly inspect: boolean;
  /** The language to show scenario text in, when the scenario has it (`?lang=ko`). */
  readonly lang: string | null;
  /** The team a link names (`?team=`), filled in on the briefing. */
  readonly team: string | null;
  /**
   * Trainee mode: no way to the facilitator console from this window (issue #16, point 6). The
   * default for a link that names a team (one sent to trainees); `?mode=` overrides it.
   */
  readonly trainee: boolean;
  /** `?display=projector` or `standard` (see display-mode.ts); null when the address says neither. */
  readonly display: DisplayMode | null;
  /** `?workshop`: play the scenario the workshop handed over (see workshop-handoff.ts). */
  readonly workshop: boolean;
}

export function readUrlParams(search: string): UrlParams {
  const params = new URLSearchParams(search);
  const rawSeed = params.get('seed');
  const seed = rawSeed !== null && /^\d{1,10}$/.test(rawSeed) && Number(rawSeed) <= 0xffffffff ? Number(rawSeed) : null;
  return {
    scenario: params.get('scenario'),
    seed,
    badSeed: rawSeed !== null && seed === null ? rawSeed : null,
    inspect: params.has('inspect'),
    lang: params.get('lang'),
    team: params.get('team')?.trim().slice(0, 60) || null,
    trainee: params.get('mode') === 'trainee' || (params.has('team') && params.get('mode') !== 'instructor'),
    display: params.get('display') === 'projector' ? 'projector' : params.get('display') === 'standard' ? 'standard' : null,
    workshop: params.has('workshop'),
  };
}

/** A fresh 32-bit seed from the platform's generator. */
export function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}
