/**
 * Why the rules refused an event, as a code and the values it names, with its English beside it
 * (issue #20). The engine words nothing in another language: a floor that speaks one looks the
 * code up in its catalog (`refusal.<code>`) and fills in the values; the English is what the test
 * plans, the logs and a page without that catalog show. A test holds the catalog's English to it.
 */
export const REFUSAL_CODES = [
  'ended',
  'unknownBeat',
  'offScenario',
  'noDecision',
  'notAChoice',
  'unavailable',
  'noDefault',
  'defaultUnavailable',
  'awaitsDecision',
  'notOptionalInject',
  'notABeat',
  'jumpPacked',
  'started',
  'paused',
  'alreadyPaused',
  'notPaused',
  'badExtension',
  'nothingToUndo',
  'detourOpen',
  'detourAnswered',
  'detourByPush',
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

export type RefusalValues = Readonly<Record<string, string>>;

export interface Refusal {
  readonly code: RefusalCode;
  readonly values: RefusalValues;
  /** The English, as the rules have always said it. */
  readonly text: string;
}

export function refused(code: RefusalCode, text: string, values: RefusalValues = {}): Refusal {
  return { code, values, text };
}

/** The refusals that name nothing, made once: the analysis meets them on hot paths. */
export const ENDED = refused('ended', 'the exercise has ended');
export const OFF_SCENARIO = refused('offScenario', 'the current beat is not in this scenario');
