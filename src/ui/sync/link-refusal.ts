/**
 * Why the game window (or the console's own link) did not carry out a command: the English
 * `reason` every window can show, with the refusal's code and values beside it, as the engine and
 * the live server give theirs (issue #20). The console words the code in its own language with
 * refusalText (src/i18n/refusal-words.ts); the game window's first download carries no words.
 */
export interface Outcome {
  readonly accepted: boolean;
  /** The English, for logs and a console without the refusal catalog. */
  readonly reason?: string;
  /** `refusal.<code>` in the catalogs: the engine's, or one of CONSOLE_REFUSAL_CODES. */
  readonly code?: string;
  readonly values?: Readonly<Record<string, string>>;
}

/** The refusals the console link and the game window make themselves (the engine's are its own). */
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

export const refusedFor = (code: ConsoleRefusalCode, reason: string, values: Readonly<Record<string, string>> = {}): Outcome => ({
  accepted: false,
  reason,
  code,
  values,
});

/** Both sides refuse a command from a console without the control lease: the console before it sends. */
export const OTHER_CONTROLLER = refusedFor('otherController', 'Another console controls this session.');
export const NO_CONTROLLER = refusedFor('noController', 'This console does not hold control at the moment; try again in a second.');

/** What an engine result says when refused: its coded refusal (src/engine/refusal.ts), if any. */
export function engineRefusal(returned: unknown): Outcome | null {
  if (typeof returned !== 'object' || returned === null) return null;
  const { reason, refusal } = returned as { reason?: unknown; refusal?: { code?: unknown; values?: Readonly<Record<string, string>> } };
  if (typeof reason !== 'string' || reason.length === 0) return null;
  return typeof refusal?.code === 'string' ? { accepted: false, reason, code: refusal.code, values: refusal.values ?? {} } : { accepted: false, reason };
}
