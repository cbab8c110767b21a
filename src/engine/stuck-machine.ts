/**
 * The scenario's state machine took no step for an event the pure rules accepted: the two
 * disagree, an engine bug. session.ts throws an Error whose `cause` says where, as data, so that a
 * refused save can say it in any language (restore.ts, files.save.replay.machineStuck). A plain
 * cause and not an Error class of its own: session.ts rides in the game's first download.
 */
export interface StuckMachine {
  readonly event: string;
  readonly beat: string;
}

/** Where the machine stuck, when `error` is the one session.ts throws for it. */
export function stuckMachine(error: unknown): StuckMachine | null {
  const cause: unknown = error instanceof Error ? error.cause : null;
  if (typeof cause !== 'object' || cause === null) return null;
  const { event, beat } = cause as Partial<Record<keyof StuckMachine, unknown>>;
  return typeof event === 'string' && typeof beat === 'string' ? { event, beat } : null;
}
