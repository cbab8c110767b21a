/**
 * Injects: the documents that arrive during play, and the ones a facilitator may push. Part of the
 * checked scenario model (types.ts).
 */

import type { Outcome } from './effect-types';
import type { Artefact } from './facilitation-types';
import type { Text, TextCase } from './text-types';

export type InjectKind =
  'email' | 'news' | 'social' | 'regulator' | 'chat' | 'board' | 'memo' | 'alert';
export const INJECT_KINDS: readonly InjectKind[] = [
  'email',
  'news',
  'social',
  'regulator',
  'chat',
  'board',
  'memo',
  'alert',
];

export interface InjectVariant {
  readonly headline: Text;
  readonly body: Text;
}

export interface Inject {
  readonly id: string;
  readonly kind: InjectKind;
  readonly from: Text;
  readonly headline: Text;
  readonly body: Text;
  /** Social posts: reaction counts shown under the post. */
  readonly reactions?: {
    readonly likes: number;
    readonly shares: number;
    readonly replies: number;
  };
  /** When present, one of these replaces headline and body, picked by the seeded generator. */
  readonly variants?: readonly InjectVariant[];
  /** Role ids it is addressed to (`to: [legal]`); absent when it is for the whole room. */
  readonly to?: readonly string[];
  /** Conditional headlines and bodies, tried against the state when the inject is delivered. */
  readonly headlineCases?: readonly TextCase[];
  readonly bodyCases?: readonly TextCase[];
  /** A real document shown verbatim under the body (a log excerpt, a token's claims). */
  readonly artefact?: Artefact;
}

/** An inject a facilitator may push during play; it may also change the world. */
export interface OptionalInject extends Inject {
  readonly outcome: Outcome;
  readonly facilitatorNote?: Text;
  /** A detour beat's id: pushing the inject opens that beat's decision (see `Beat.detour`). */
  readonly opens?: string;
}
