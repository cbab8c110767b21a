/**
 * A test plan's failure in the reader's language (issue #20). The engine says why a plan failed as
 * data; English comes out as the engine's own `failureText`, word for word. A step's refusal is
 * worded from its code and values, like every refusal (src/i18n/refusal-words.ts).
 */
import type { PlanFailure, PlanStep } from '../engine/index';
import { stepRefusalText, type Translator } from '../i18n/index';

function stepWords(step: PlanStep, tr: Translator): string {
  switch (step.kind) {
    case 'choose':
      return tr.t('cli.plan.stepChoice', { choice: step.choice });
    case 'inject':
      return tr.t('cli.plan.stepInject', { inject: step.inject });
    case 'expire':
      return 'clock.expire';
    case 'continue':
      return 'player.continue';
  }
}

export function planFailureWords(cause: PlanFailure, tr: Translator): string {
  switch (cause.kind) {
    case 'refused': {
      const detail = cause.offered.length > 0 ? tr.t('cli.plan.available', { choices: cause.offered.join(', ') }) : '';
      return tr.t('cli.plan.refused', { step: cause.step, what: stepWords(cause.what, tr), beat: cause.beat, reason: stepRefusalText(cause, tr, cause.reason), detail });
    }
    case 'noEnding':
      return tr.t('cli.plan.noEnding', { expected: cause.expected, beat: cause.beat });
    case 'wrongEnding':
      return tr.t('cli.plan.wrongEnding', { expected: cause.expected, got: cause.got });
    case 'unknownMeter':
      return tr.t('cli.plan.unknownMeter', { meter: cause.meter });
    case 'meterBelow':
      return tr.t('cli.plan.meterBelow', { meter: cause.meter, value: cause.value, bound: cause.bound });
    case 'meterAbove':
      return tr.t('cli.plan.meterAbove', { meter: cause.meter, value: cause.value, bound: cause.bound });
    case 'flag':
      return tr.t(cause.expected ? 'cli.plan.flagUnset' : 'cli.plan.flagSet', { flag: cause.flag });
    case 'deadline':
      return cause.status === undefined
        ? tr.t('cli.plan.deadlineUnknown', { deadline: cause.deadline, expected: cause.expected })
        : tr.t('cli.plan.deadline', { deadline: cause.deadline, status: cause.status, expected: cause.expected });
    case 'contradictions':
      return tr.t('cli.plan.contradictions', { count: cause.count, expected: cause.expected });
  }
}
