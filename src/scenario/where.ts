/**
 * Where a condition or a text that follows the play sits in a scenario: the kind and id of what
 * holds it and the YAML key it is written under. Plain data, so the analysis names a place and each
 * floor words it in its reader's language (src/i18n/where-words.ts, issue #20).
 */
export type Where =
  | { readonly kind: 'choice'; readonly id: string; readonly field: 'if' | 'feedback' | 'consequence' }
  | { readonly kind: 'ending'; readonly id: string; readonly field: 'when' | 'epilogue' }
  | { readonly kind: 'trigger'; readonly id: string; readonly field: 'when' }
  | { readonly kind: 'deadline'; readonly id: string; readonly field: 'starts_when' | 'met_when' | 'deficient_when' }
  /** `evidence` counts the objective's evidence items from 1, as an author reads the list. */
  | { readonly kind: 'rubric'; readonly id: string; readonly evidence: number; readonly field: 'when' }
  | { readonly kind: 'inject'; readonly id: string; readonly field: 'headline' | 'body' };
