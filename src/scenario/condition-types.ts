/** Conditions: parsed at load time into these trees, evaluated by the engine. Never eval. */

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

/** A function a condition may call; its single argument is an id of the named kind. */
export type ConditionFn = 'visits' | 'chose' | 'met' | 'missed' | 'deficient' | 'fired';

/**
 * A parsed condition. Names are resolved at load time, so `ref.of` says what the name is.
 * `time` is the in-game clock in hours since the scenario's start.
 */
export type Expr =
  | { readonly kind: 'num'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'ref'; readonly of: 'meter' | 'flag' | 'fact'; readonly id: string }
  | { readonly kind: 'time' }
  | { readonly kind: 'call'; readonly fn: ConditionFn; readonly id: string }
  | { readonly kind: 'not'; readonly operand: Expr }
  | { readonly kind: 'and' | 'or'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'cmp'; readonly op: CompareOp; readonly left: Expr; readonly right: Expr };

/** A condition keeps its source text for messages and for the debrief. */
export interface Condition {
  readonly source: string;
  readonly expr: Expr;
}
