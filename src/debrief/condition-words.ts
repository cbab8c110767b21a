/**
 * A condition in words for people (issue #16, point 10): the debrief never shows condition source
 * ("trust >= 50", "not overclaimed"); meters, facts and flags are named by their labels and
 * descriptions, comparisons and calls by phrases.
 */
import type { GameState } from '../engine/types';
import { text } from '../scenario/index';
import type { CompareOp, Expr, Scenario } from '../scenario/types';
import { beatById, deadlineById, triggerById } from '../scenario/lookup';
import { choiceLabel } from './words';

const COMPARE: Readonly<Record<CompareOp, string>> = {
  '==': 'is',
  '!=': 'is not',
  '<': 'is below',
  '<=': 'is at most',
  '>': 'is above',
  '>=': 'is at least',
};

/** "Customer trust is at least 50 and members have been told about the leak". */
export function conditionWords(scenario: Scenario, expr: Expr, lang?: string): string {
  const words = (e: Expr, inside: 'and' | 'or' | null): string => {
    switch (e.kind) {
      case 'num':
        return String(e.value);
      case 'bool':
        return e.value ? 'always' : 'never';
      case 'time':
        return 'the in-game hour';
      case 'ref':
        return e.of === 'flag' ? flagWords(scenario, e.id, true, lang) : refLabel(scenario, e.of, e.id, lang);
      case 'call':
        return callWords(scenario, e.fn, e.id, lang);
      case 'not':
        return e.operand.kind === 'ref' && e.operand.of === 'flag' ? flagWords(scenario, e.operand.id, false, lang) : `not (${words(e.operand, null)})`;
      case 'and':
      case 'or': {
        const joined = `${words(e.left, e.kind)} ${e.kind} ${words(e.right, e.kind)}`;
        // A chain of one kind reads flat; a mixed one gets brackets so it means one thing.
        return inside !== null && inside !== e.kind ? `(${joined})` : joined;
      }
      case 'cmp':
        return `${words(e.left, null)} ${COMPARE[e.op]} ${words(e.right, null)}`;
    }
  };
  const sentence = words(expr, null);
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The values a condition looks at, at the end, in words: "Customer trust 42, members told: no". */
export function conditionValues(scenario: Scenario, expr: Expr, state: GameState, lang?: string): string[] {
  const seen = new Map<string, string>();
  const walk = (e: Expr): void => {
    switch (e.kind) {
      case 'ref': {
        if (e.of === 'flag') {
          seen.set(`flag:${e.id}`, `${flagName(scenario, e.id, lang)}: ${state.flags[e.id] ? 'yes' : 'no'}`);
          return;
        }
        const value = e.of === 'meter' ? state.meters[e.id] : state.facts[e.id];
        seen.set(`${e.of}:${e.id}`, `${refLabel(scenario, e.of, e.id, lang)} ${value === undefined ? 'unknown' : String(value)}`);
        return;
      }
      case 'time':
        seen.set('time', `in-game hour ${state.time}`);
        return;
      case 'not':
        walk(e.operand);
        return;
      case 'and':
      case 'or':
      case 'cmp':
        walk(e.left);
        walk(e.right);
        return;
      default:
        return;
    }
  };
  walk(expr);
  return [...seen.values()];
}

function refLabel(scenario: Scenario, of: 'meter' | 'fact', id: string, lang?: string): string {
  const found = of === 'meter' ? scenario.meters.find((meter) => meter.id === id) : scenario.facts.find((fact) => fact.id === id);
  return found ? text(found.label, lang) : humanise(id);
}

function flagName(scenario: Scenario, id: string, lang?: string): string {
  const flag = scenario.flags.find((candidate) => candidate.id === id);
  return flag?.description ? text(flag.description, lang) : humanise(id);
}

/** A flag as a statement: its description ("members have been told"), or its name, set or not. */
function flagWords(scenario: Scenario, id: string, set: boolean, lang?: string): string {
  const flag = scenario.flags.find((candidate) => candidate.id === id);
  if (flag?.description) {
    const said = text(flag.description, lang);
    const lower = said.charAt(0).toLowerCase() + said.slice(1);
    return set ? lower : `it is not so that ${lower}`;
  }
  return `\u201c${humanise(id)}\u201d ${set ? 'is so' : 'is not so'}`;
}

function callWords(scenario: Scenario, fn: string, id: string, lang?: string): string {
  switch (fn) {
    case 'chose':
      return `the team chose \u201c${choiceLabel(scenario, id, lang)}\u201d`;
    case 'visits': {
      const beat = beatById(scenario, id);
      return `the visits to \u201c${beat ? text(beat.title, lang) : humanise(id)}\u201d`;
    }
    case 'met':
    case 'missed':
    case 'deficient': {
      const deadline = deadlineById(scenario, id);
      const name = deadline ? text(deadline.label, lang) : humanise(id);
      return `\u201c${name}\u201d was ${fn === 'deficient' ? 'met deficiently' : fn}`;
    }
    case 'fired': {
      const trigger = triggerById(scenario, id);
      const headline = trigger?.inject ? text(trigger.inject.headline, lang) : humanise(id);
      return `\u201c${headline}\u201d happened`;
    }
    default:
      return humanise(id);
  }
}

/** An id as words, when the scenario gives nothing better: "vendor_blamed" is "vendor blamed". */
function humanise(id: string): string {
  return id.replace(/[_-]+/g, ' ');
}
