/**
 * Why a console's command was refused between the console and the game window (issue #20): a
 * code and the values it names, with the English beside it, as the engine's refusals travel. The
 * console words the code in its own language (`refusal.<code>`), which may not be the game
 * window's.
 */
export const CONSOLE_REFUSAL_CODES = [
  'noSuchInject',
  'noSuchBeat',
  'notAllowed',
  'nothingToDo',
  'noFeedbackSwitch',
  'noDisplaySwitch',
  'badProof',
  'noController',
  'otherController',
  'consoleClosed',
  'noProjector',
  'noAnswer',
] as const;

export type ConsoleRefusalCode = (typeof CONSOLE_REFUSAL_CODES)[number];

/** A refused command as it travels: accepted false, the English, and what words it. */
export interface RefusedCommand {
  readonly accepted: false;
  readonly reason: string;
  readonly code: string;
  readonly values?: Readonly<Record<string, string>>;
}

export function refusedCommand(code: ConsoleRefusalCode, reason: string, values?: Readonly<Record<string, string>>): RefusedCommand {
  return values === undefined ? { accepted: false, reason, code } : { accepted: false, reason, code, values };
}
