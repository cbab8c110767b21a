import { terminalSafe } from './terminal-text';

/** What a command needs from the outside world; tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Lines the player types (interactive play). */
  readonly input?: AsyncIterable<string>;
  /** Wall clock for session logs; defaults to Date.now. */
  readonly now?: () => number;
}

/** A failure the command reports as a message and exit code 1, never a stack trace. */
export class UsageError extends Error {}

/**
 * Runs a command body: a UsageError becomes its message on stderr and exit code 1. The body
 * gets an Io that shows control characters instead of sending them to the terminal.
 */
export async function guarded(io: Io, body: (safe: Io) => Promise<number> | number): Promise<number> {
  const safe = terminalSafe(io);
  try {
    return await body(safe);
  } catch (error) {
    if (error instanceof UsageError) {
      safe.err(`crisis-room: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
