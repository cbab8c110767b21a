import type { CompareOp } from './types.ts';
import { lex, type LexError, type Token } from './condition-lexer.ts';
import { joined, said, type Said } from './said.ts';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The parse tree before names are resolved; every node keeps its span for messages. */
export type Syntax =
  | { readonly kind: 'num'; readonly value: number; readonly span: Span }
  | { readonly kind: 'bool'; readonly value: boolean; readonly span: Span }
  | { readonly kind: 'name'; readonly name: string; readonly span: Span }
  | {
      readonly kind: 'call';
      readonly fn: string;
      readonly arg: string;
      readonly argSpan: Span;
      readonly span: Span;
    }
  | { readonly kind: 'not'; readonly operand: Syntax; readonly span: Span }
  | {
      readonly kind: 'and' | 'or';
      readonly left: Syntax;
      readonly right: Syntax;
      readonly span: Span;
    }
  | {
      readonly kind: 'cmp';
      readonly op: CompareOp;
      readonly left: Syntax;
      readonly right: Syntax;
      readonly span: Span;
    };

/** Parentheses and `not`s nest at most this deep, so the recursive parser stays shallow. */
const MAX_NESTING = 32;
/**
 * The most terms `and` and `or` may join in one condition. A chain of them is a tree as deep as
 * it is long, and every walk of a condition (the checks, the engine's compiled closures, the
 * debrief) recurses down it: thousands of terms overflow the stack. No hand-written condition
 * comes near this.
 */
export const MAX_CONDITION_TERMS = 100;
const KEYWORDS = new Set(['and', 'or', 'not', 'true', 'false']);

class ParseFailure {
  constructor(readonly error: LexError) {}
}

/**
 * Parses a condition. Precedence, loosest first: `or`, `and`, `not`, comparisons. Comparisons do
 * not chain (`a < b < c` is an error).
 */
export function parseCondition(source: string): { syntax: Syntax | null; error: LexError | null } {
  const { tokens, error } = lex(source);
  if (error !== null) return { syntax: null, error };
  let pos = 0;
  let depth = 0;
  let terms = 1;
  const peek = (): Token => tokens[pos] ?? (tokens[tokens.length - 1] as Token);
  const next = (): Token => tokens[pos++] ?? (tokens[tokens.length - 1] as Token);
  const fail = (message: Said, t: Token): never => {
    throw new ParseFailure({ message, start: t.start, end: Math.max(t.end, t.start + 1) });
  };
  const isWord = (t: Token, word: string): boolean => t.kind === 'name' && t.text === word;
  const span = (a: Syntax | Token, b: Syntax | Token): Span => ({
    start: 'span' in a ? a.span.start : a.start,
    end: 'span' in b ? b.span.end : b.end,
  });

  /** Counts the term an `and` or `or` adds, failing at the operator past the limit. */
  const counted = (t: Token): void => {
    if (++terms > MAX_CONDITION_TERMS)
      fail(
        said(
          'CR501.terms',
          `a condition joins at most ${MAX_CONDITION_TERMS} terms with 'and' and 'or'; split it up: set a flag in the outcomes that make part of it true, and test the flag`,
          { max: MAX_CONDITION_TERMS },
        ),
        t,
      );
  };
  const parseOr = (): Syntax => {
    let left = parseAnd();
    while (isWord(peek(), 'or')) {
      counted(next());
      const right = parseAnd();
      left = { kind: 'or', left, right, span: span(left, right) };
    }
    return left;
  };
  const parseAnd = (): Syntax => {
    let left = parseNot();
    while (isWord(peek(), 'and')) {
      counted(next());
      const right = parseNot();
      left = { kind: 'and', left, right, span: span(left, right) };
    }
    return left;
  };
  const parseNot = (): Syntax => {
    if (!isWord(peek(), 'not')) return parseCompare();
    const t = next();
    if (++depth > MAX_NESTING) fail(said('CR501.nested', 'condition nested too deeply'), t);
    const operand = parseNot();
    depth--;
    return { kind: 'not', operand, span: span(t, operand) };
  };
  const parseCompare = (): Syntax => {
    const left = parsePrimary();
    if (peek().kind !== 'op') return left;
    const op = next().text as CompareOp;
    const right = parsePrimary();
    if (peek().kind === 'op') fail(said('CR501.chain', "comparisons do not chain; join them with 'and'"), peek());
    return { kind: 'cmp', op, left, right, span: span(left, right) };
  };
  const parsePrimary = (): Syntax => {
    const t = next();
    if (t.kind === '(') {
      if (++depth > MAX_NESTING) fail(said('CR501.nested', 'condition nested too deeply'), t);
      const inner = parseOr();
      depth--;
      const close = next();
      if (close.kind !== ')') fail(said('CR501.close', "missing ')'"), close);
      return inner;
    }
    if (t.kind === 'num') {
      const value = Number(t.text.replace(/_/g, ''));
      if (!Number.isFinite(value) || /_$|\.$|\.\d*\./.test(t.text))
        fail(said('CR501.number', `'${t.text}' is not a number`, { text: t.text }), t);
      return { kind: 'num', value, span: span(t, t) };
    }
    if (t.kind === 'name') {
      if (t.text === 'true' || t.text === 'false')
        return { kind: 'bool', value: t.text === 'true', span: span(t, t) };
      if (KEYWORDS.has(t.text)) fail(said('CR501.valueBefore', `expected a value before '${t.text}'`, { word: t.text }), t);
      if (peek().kind !== '(') return { kind: 'name', name: t.text, span: span(t, t) };
      next();
      const arg = next();
      if (arg.kind !== 'name' || KEYWORDS.has(arg.text)) fail(said('CR501.oneId', `${t.text}(...) takes one id`, { fn: t.text }), arg);
      const close = next();
      if (close.kind !== ')') fail(said('CR501.oneIdClose', `${t.text}(...) takes one id, then ')'`, { fn: t.text }), close);
      return {
        kind: 'call',
        fn: t.text,
        arg: arg.text,
        argSpan: span(arg, arg),
        span: span(t, close),
      };
    }
    if (t.kind === 'end') return fail(said('CR501.early', 'the condition ends too early; expected a value'), t);
    return fail(said('CR501.valueExpected', `unexpected '${t.text}'; expected a value`, { text: t.text }), t);
  };

  try {
    if (peek().kind === 'end') fail(said('CR501.empty', 'the condition is empty'), peek());
    const syntax = parseOr();
    const rest = peek();
    if (rest.kind !== 'end') {
      const hint = rest.kind === 'name' ? said('hint.joinConditions', "; join conditions with 'and' or 'or'") : null;
      fail(joined(said('CR501.unexpected', `unexpected '${rest.text}'`, { text: rest.text }), hint), rest);
    }
    return { syntax, error: null };
  } catch (e) {
    if (e instanceof ParseFailure) return { syntax: null, error: e.error };
    throw e;
  }
}
