import type { ConditionFn, Expr } from './types.ts';
import { parseCondition, type Span, type Syntax } from './condition-parser.ts';
import type { Names } from './names.ts';
import { didYouMean, unknownName, type NameNoun } from './suggest.ts';
import { joined, phrase, said, type Phrase, type Said } from './said.ts';

export interface ConditionProblem {
  readonly code: string;
  readonly message: Said | string;
  readonly span: Span;
}

type Type = 'number' | 'boolean';

const FUNCTIONS: Record<
  ConditionFn,
  { kind: keyof Names; noun: NameNoun; code: string; type: Type }
> = {
  visits: { kind: 'beats', noun: 'beat', code: 'CR301', type: 'number' },
  chose: { kind: 'choices', noun: 'choice', code: 'CR305', type: 'boolean' },
  met: { kind: 'deadlines', noun: 'deadline', code: 'CR306', type: 'boolean' },
  missed: { kind: 'deadlines', noun: 'deadline', code: 'CR306', type: 'boolean' },
  deficient: { kind: 'deadlines', noun: 'deadline', code: 'CR306', type: 'boolean' },
  fired: { kind: 'triggers', noun: 'trigger', code: 'CR307', type: 'boolean' },
};

const article = (t: Type): string => (t === 'number' ? 'a number' : 'true/false');
const kind = (t: Type): Phrase => phrase(t === 'number' ? 'kind.number' : 'kind.boolean');

/**
 * Parses a condition, resolves its names against the scenario's declarations and checks its types.
 * Returns the tree only when there is no problem.
 */
export function checkCondition(
  source: string,
  names: Names,
): { expr: Expr | null; problems: ConditionProblem[] } {
  const { syntax, error } = parseCondition(source);
  if (syntax === null) {
    const e = error ?? { message: said('CR501.unreadable', 'unreadable condition'), start: 0, end: source.length };
    return { expr: null, problems: [{ code: 'CR501', message: e.message, span: e }] };
  }
  const problems: ConditionProblem[] = [];
  const typed = resolve(syntax, names, problems);
  if (typed !== null && typed.type !== 'boolean') {
    problems.push({
      code: 'CR504',
      message: said('CR504', `a condition must be true or false, but this is a number; compare it, e.g. \`${source.trim()} > 0\``, { condition: source.trim() }),
      span: syntax.span,
    });
  }
  return { expr: problems.length === 0 && typed !== null ? typed.expr : null, problems };
}

interface Typed {
  expr: Expr;
  type: Type;
  /** What the value is, for messages ("flag 'clause_added'"), and the phrase another language words it from. */
  what: string;
  said: Phrase;
  /** How a fix names a number-valued term ("time", "visits(x)", the id of a meter). */
  term: string | Phrase;
}

function resolve(s: Syntax, names: Names, problems: ConditionProblem[]): Typed | null {
  switch (s.kind) {
    case 'num':
      return {
        expr: { kind: 'num', value: s.value },
        type: 'number',
        what: `the number ${s.value}`,
        said: phrase('what.number', { value: s.value }),
        term: phrase('term.number', { value: s.value }),
      };
    case 'bool':
      return { expr: { kind: 'bool', value: s.value }, type: 'boolean', what: String(s.value), said: phrase('what.value', { value: String(s.value) }), term: String(s.value) };
    case 'name':
      return resolveName(s.name, s.span, names, problems);
    case 'call': {
      const fn = Object.hasOwn(FUNCTIONS, s.fn) ? FUNCTIONS[s.fn as ConditionFn] : undefined;
      if (fn === undefined) {
        const hint = didYouMean(s.fn, Object.keys(FUNCTIONS));
        problems.push({
          code: 'CR505',
          message: joined(
            said('CR505', `unknown function '${s.fn}'`, { name: s.fn }),
            hint ?? said('hint.functions', '; use visits, chose, met, missed, deficient or fired'),
          ),
          span: s.span,
        });
        return null;
      }
      const known = names[fn.kind];
      if (!known.has(s.arg)) {
        problems.push({
          code: fn.code,
          message: joined(unknownName(fn.noun, s.arg), said('inCall', ` in ${s.fn}(...)`, { fn: s.fn }), didYouMean(s.arg, known)),
          span: s.argSpan,
        });
        return null;
      }
      return {
        expr: { kind: 'call', fn: s.fn as ConditionFn, id: s.arg },
        type: fn.type,
        what: `${s.fn}(${s.arg})`,
        said: phrase('what.value', { value: `${s.fn}(${s.arg})` }),
        term: `${s.fn}(${s.arg})`,
      };
    }
    case 'not': {
      const operand = resolve(s.operand, names, problems);
      if (operand === null) return null;
      if (!expect(operand, 'boolean', "'not'", s.operand.span, problems)) return null;
      return { expr: { kind: 'not', operand: operand.expr }, type: 'boolean', what: 'a negation', said: phrase('what.not'), term: 'a negation' };
    }
    case 'and':
    case 'or': {
      const left = resolve(s.left, names, problems);
      const right = resolve(s.right, names, problems);
      if (left === null || right === null) return null;
      const okLeft = expect(left, 'boolean', `'${s.kind}'`, s.left.span, problems);
      const okRight = expect(right, 'boolean', `'${s.kind}'`, s.right.span, problems);
      if (!okLeft || !okRight) return null;
      return {
        expr: { kind: s.kind, left: left.expr, right: right.expr },
        type: 'boolean',
        what: `an '${s.kind}'`,
        said: phrase('what.joined', { op: s.kind }),
        term: `an '${s.kind}'`,
      };
    }
    case 'cmp': {
      const left = resolve(s.left, names, problems);
      const right = resolve(s.right, names, problems);
      if (left === null || right === null) return null;
      const ordering = s.op !== '==' && s.op !== '!=';
      if (ordering && (left.type !== 'number' || right.type !== 'number')) {
        const bad = left.type !== 'number' ? left : right;
        problems.push({
          code: 'CR503',
          message: said('CR503.ordering', `'${s.op}' compares numbers, but ${bad.what} is true/false`, { op: s.op, what: bad.said }),
          span: s.span,
        });
        return null;
      }
      if (left.type !== right.type) {
        const flag = left.type === 'boolean' ? left : right;
        const id = flag.expr.kind === 'ref' ? flag.expr.id : 'x';
        problems.push({
          code: 'CR503',
          message: said(
            'CR503.mixed',
            `cannot compare ${left.what} (${article(left.type)}) with ${right.what} (${article(right.type)}); use \`${id}\` or \`not ...\` for true/false values`,
            { left: left.said, leftKind: kind(left.type), right: right.said, rightKind: kind(right.type), id },
          ),
          span: s.span,
        });
        return null;
      }
      return {
        expr: { kind: 'cmp', op: s.op, left: left.expr, right: right.expr },
        type: 'boolean',
        what: 'a comparison',
        said: phrase('what.comparison'),
        term: 'a comparison',
      };
    }
  }
}

function resolveName(
  name: string,
  span: Span,
  names: Names,
  problems: ConditionProblem[],
): Typed | null {
  if (name === 'time') return { expr: { kind: 'time' }, type: 'number', what: 'time', said: phrase('what.time'), term: 'time' };
  for (const noun of ['meter', 'fact', 'flag'] as const) {
    if (names[`${noun}s`].has(name))
      return {
        expr: { kind: 'ref', of: noun, id: name },
        type: noun === 'flag' ? 'boolean' : 'number',
        what: `${noun} '${name}'`,
        said: phrase('what.named', { noun: phrase(`noun.${noun}`), id: name }),
        term: name,
      };
  }
  let hint: Said | null;
  if (names.beats.has(name)) hint = said('hint.beatInCondition', `; '${name}' is a beat: write visits(${name}) > 0`, { name });
  else if (names.choices.has(name)) hint = said('hint.choiceInCondition', `; '${name}' is a choice: write chose(${name})`, { name });
  else if (names.deadlines.has(name))
    hint = said('hint.deadlineInCondition', `; '${name}' is a deadline: write met(${name}), missed(${name}) or deficient(${name})`, { name });
  else if (names.triggers.has(name)) hint = said('hint.triggerInCondition', `; '${name}' is a trigger: write fired(${name})`, { name });
  else hint = didYouMean(name, [...names.meters, ...names.flags, ...names.facts, 'time']);
  problems.push({
    code: 'CR502',
    message: joined(
      said('CR502', `unknown name '${name}'`, { name }),
      hint ?? said('hint.declareValue', '; declare it under meters, flags or facts'),
    ),
    span,
  });
  return null;
}

function expect(
  t: Typed,
  type: Type,
  op: string,
  span: Span,
  problems: ConditionProblem[],
): boolean {
  if (t.type === type) return true;
  const fix = t.type === 'number' ? said('hint.compareIt', `; compare it, e.g. ${typeof t.term === 'string' ? t.term : t.what} > 0`, { term: t.term }) : null;
  problems.push({
    code: 'CR503',
    message: joined(said('CR503.notBoolean', `${op} needs true/false, but ${t.what} is a number`, { op, what: t.said }), fix),
    span,
  });
  return false;
}
