/**
 * A test plan's failure in the reader's language (issue #20). The engine says why a plan failed as
 * data; English comes out as the engine's own `failureText`, word for word. A step's refusal is
 * worded from its code and values, like every refusal (src/i18n/refusal-words.ts).
 */
import type { PlanFailure, PlanStep } from '../engine/index';
import { kindText, stepRefusalText, type KindKeys, type Translator } from '../i18n/index';

type WordedStep = Exclude<PlanStep['kind'], 'expire' | 'continue'>;
const STEP_WORDS: KindKeys<WordedStep> = { choose: 'cli.plan.stepChoice', inject: 'cli.plan.stepInject' };

/** A plan's step in words; a timer's expiry and a Continue are named by their event, in every language. */
function stepWords(step: PlanStep, tr: Translator): string {
  if (step.kind === 'expire') return 'clock.expire';
  if (step.kind === 'continue') return 'player.continue';
  return kindText(STEP_WORDS, step, tr);
}

const FAILURE_WORDS: KindKeys<Exclude<PlanFailure['kind'], 'refused' | 'flag' | 'deadline'>> = {
  noEnding: 'cli.plan.noEnding',
  wrongEnding: 'cli.plan.wrongEnding',
  unknownMeter: 'cli.plan.unknownMeter',
  meterBelow: 'cli.plan.meterBelow',
  meterAbove: 'cli.plan.meterAbove',
  contradictions: 'cli.plan.contradictions',
};

export function planFailureWords(cause: PlanFailure, tr: Translator): string {
  switch (cause.kind) {
    case 'refused': {
      const detail = cause.offered.length > 0 ? tr.t('cli.plan.available', { choices: cause.offered.join(', ') }) : '';
      return tr.t('cli.plan.refused', { step: cause.step, what: stepWords(cause.what, tr), beat: cause.beat, reason: stepRefusalText(cause, tr, cause.reason), detail });
    }
    case 'flag':
      return tr.t(cause.expected ? 'cli.plan.flagUnset' : 'cli.plan.flagSet', { flag: cause.flag });
    case 'deadline':
      return cause.status === undefined
        ? tr.t('cli.plan.deadlineUnknown', { deadline: cause.deadline, expected: cause.expected })
        : tr.t('cli.plan.deadline', { deadline: cause.deadline, status: cause.status, expected: cause.expected });
    default:
      return kindText(FAILURE_WORDS, cause, tr);
  }
}
