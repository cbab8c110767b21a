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
import type { Translator } from '../i18n/translator';
import type { MessageKey } from '../i18n/catalog-types';
import { debriefEnglish } from './debrief-english';

const COMPARE: Readonly<Record<CompareOp, MessageKey>> = {
  '==': 'debrief.condition.eq',
  '!=': 'debrief.condition.ne',
  '<': 'debrief.condition.lt',
  '<=': 'debrief.condition.le',
  '>': 'debrief.condition.gt',
  '>=': 'debrief.condition.ge',
};

/** "Customer trust is at least 50 and members have been told about the leak". */
export function conditionWords(scenario: Scenario, expr: Expr, lang?: string, tr: Translator = debriefEnglish): string {
  const words = (e: Expr, inside: 'and' | 'or' | null): string => {
    switch (e.kind) {
      case 'num':
        return String(e.value);
      case 'bool':
        return tr.t(e.value ? 'debrief.condition.always' : 'debrief.condition.never');
      case 'time':
        return tr.t('debrief.condition.time');
      case 'ref':
        return e.of === 'flag' ? flagWords(scenario, e.id, true, lang, tr) : refLabel(scenario, e.of, e.id, lang);
      case 'call':
        return callWords(scenario, e.fn, e.id, lang, tr);
      case 'not':
        return e.operand.kind === 'ref' && e.operand.of === 'flag'
          ? flagWords(scenario, e.operand.id, false, lang, tr)
          : tr.t('debrief.condition.not', { condition: words(e.operand, null) });
      case 'and':
      case 'or': {
        const joined = tr.t(e.kind === 'and' ? 'debrief.condition.and' : 'debrief.condition.or', { left: words(e.left, e.kind), right: words(e.right, e.kind) });
        // A chain of one kind reads flat; a mixed one gets brackets so it means one thing.
        return inside !== null && inside !== e.kind ? `(${joined})` : joined;
      }
      case 'cmp':
        return tr.t(COMPARE[e.op], { left: words(e.left, null), right: words(e.right, null) });
    }
  };
  const sentence = words(expr, null);
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The values a condition looks at, at the end, in words: "Customer trust 42, members told: no". */
export function conditionValues(scenario: Scenario, expr: Expr, state: GameState, lang?: string, tr: Translator = debriefEnglish): string[] {
  const seen = new Map<string, string>();
  const walk = (e: Expr): void => {
    switch (e.kind) {
      case 'ref': {
        if (e.of === 'flag') {
          seen.set(`flag:${e.id}`, tr.t('debrief.condition.flagValue', { flag: flagName(scenario, e.id, lang), value: tr.t(state.flags[e.id] ? 'debrief.yes' : 'debrief.no') }));
          return;
        }
        const value = e.of === 'meter' ? state.meters[e.id] : state.facts[e.id];
        seen.set(`${e.of}:${e.id}`, tr.t('debrief.condition.refValue', { name: refLabel(scenario, e.of, e.id, lang), value: value === undefined ? tr.t('debrief.condition.unknown') : String(value) }));
        return;
      }
      case 'time':
        seen.set('time', tr.t('debrief.condition.timeValue', { hours: String(state.time) }));
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
function flagWords(scenario: Scenario, id: string, set: boolean, lang: string | undefined, tr: Translator): string {
  const flag = scenario.flags.find((candidate) => candidate.id === id);
  if (flag?.description) {
    const said = text(flag.description, lang);
    const lower = said.charAt(0).toLowerCase() + said.slice(1);
    return set ? lower : tr.t('debrief.condition.notSo', { statement: lower });
  }
  return tr.t(set ? 'debrief.condition.flagSet' : 'debrief.condition.flagUnset', { flag: humanise(id) });
}

function callWords(scenario: Scenario, fn: string, id: string, lang: string | undefined, tr: Translator): string {
  switch (fn) {
    case 'chose':
      return tr.t('debrief.condition.chose', { choice: choiceLabel(scenario, id, lang) });
    case 'visits': {
      const beat = beatById(scenario, id);
      return tr.t('debrief.condition.visits', { beat: beat ? text(beat.title, lang) : humanise(id) });
    }
    case 'met':
    case 'missed':
    case 'deficient': {
      const deadline = deadlineById(scenario, id);
      const name = deadline ? text(deadline.label, lang) : humanise(id);
      return tr.t(`debrief.condition.${fn}`, { deadline: name });
    }
    case 'fired': {
      const trigger = triggerById(scenario, id);
      const headline = trigger?.inject ? text(trigger.inject.headline, lang) : humanise(id);
      return tr.t('debrief.condition.fired', { headline });
    }
    default:
      return humanise(id);
  }
}

/** An id as words, when the scenario gives nothing better: "vendor_blamed" is "vendor blamed". */
function humanise(id: string): string {
  return id.replace(/[_-]+/g, ' ');
}
