import { isCurlyQuote } from './fix-hints.ts';
import { joined, said, type Said } from './said.ts';

/** Tokens of the condition language; spans are character offsets into the condition's text. */
export type TokenKind = 'num' | 'name' | 'op' | '(' | ')' | 'end';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface LexError {
  readonly message: Said;
  readonly start: number;
  readonly end: number;
}

const OPERATORS = ['==', '!=', '<=', '>=', '<', '>'];

/** Splits a condition into tokens; the first character it cannot read is an error. */
export function lex(source: string): { tokens: Token[]; error: LexError | null } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
      continue;
    }
    const start = i;
    if (ch === '(' || ch === ')') {
      tokens.push({ kind: ch, text: ch, start, end: ++i });
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, i));
    if (op !== undefined) {
      i += op.length;
      tokens.push({ kind: 'op', text: op, start, end: i });
      continue;
    }
    if (isDigit(ch) || (ch === '-' && isDigit(source[i + 1]))) {
      i++;
      while (i < source.length && (isDigit(source[i]) || source[i] === '_' || source[i] === '.'))
        i++;
      tokens.push({ kind: 'num', text: source.slice(start, i), start, end: i });
      continue;
    }
    if (isNameStart(ch)) {
      while (i < source.length && isNamePart(source[i])) i++;
      tokens.push({ kind: 'name', text: source.slice(start, i), start, end: i });
      continue;
    }
    const number = ch === ',' && isDigit(source[i - 1]) ? groupedNumberAt(source, i) : null;
    const hint =
      ch === '='
        ? said('hint.doubleEquals', "; compare with '=='")
        : ch === '&' || ch === '|' || ch === '!'
          ? said('hint.logicWords', "; write 'and', 'or', 'not'")
          : isCurlyQuote(ch)
            ? said('hint.curlyInCondition', '; curly quotes from a word processor: a condition needs no quotes, remove them')
            : number !== null
              ? said('hint.groupedNumber', `; write the number without commas: ${number}`, { number })
              : null;
    return {
      tokens,
      error: { message: joined(said('CR501.character', `unexpected character '${ch}'`, { character: ch }), hint), start, end: start + 1 },
    };
  }
  tokens.push({ kind: 'end', text: '', start: source.length, end: source.length });
  return { tokens, error: null };
}

/** `1,100,000` around the comma at `at`, written without its commas. */
function groupedNumberAt(source: string, at: number): string {
  let start = at;
  while (start > 0 && (isDigit(source[start - 1]) || source[start - 1] === ',')) start--;
  let end = at;
  while (end < source.length && (isDigit(source[end]) || source[end] === ',')) end++;
  return source.slice(start, end).replace(/,/g, '');
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}
function isNameStart(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '_';
}
function isNamePart(ch: string | undefined): boolean {
  return ch !== undefined && (isNameStart(ch) || isDigit(ch));
}
