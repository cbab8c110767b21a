/**
 * Shape checks for the engine's plain data (src/engine/types.ts) as it crosses the channel:
 * the game state, log entries and the session events inside them. They check what the console
 * reads; the engine remains the authority on meaning.
 */
import type {
  DeadlineState,
  GameState,
  LogEntry,
  Notice,
  SessionEvent,
} from '../../engine/types.ts';
import {
  arrayOf,
  isBoolean,
  isFiniteNumber,
  isInteger,
  isRecord,
  isString,
  nullable,
  optional,
  recordOf,
  shape,
  type Check,
} from './guards.ts';

const DEADLINE_STATUSES: readonly string[] = ['idle', 'running', 'met', 'missed', 'deficient'];

const isDeadlineState: Check<DeadlineState> = (value): value is DeadlineState =>
  isRecord(value) &&
  DEADLINE_STATUSES.includes(value.status as string) &&
  optional(isFiniteNumber)(value.startedAt) &&
  optional(isFiniteNumber)(value.resolvedAt);

const isClaimRecord = shape<{
  fact: string;
  value: number;
  confidence: string;
  choice: string;
  beat: string;
  time: number;
}>({
  fact: isString,
  value: isFiniteNumber,
  confidence: isString,
  choice: isString,
  beat: isString,
  time: isFiniteNumber,
});

export const isGameState = shape<Omit<GameState, 'claims'> & { claims: unknown }>({
  beat: isString,
  ending: nullable(isString),
  time: isFiniteNumber,
  meters: recordOf(isFiniteNumber),
  flags: recordOf(isBoolean),
  facts: recordOf(isFiniteNumber),
  visits: recordOf(isInteger),
  chosen: arrayOf(isString),
  deadlines: recordOf(isDeadlineState),
  fired: arrayOf(isString),
  claims: arrayOf(isClaimRecord),
  rng: arrayOf(isFiniteNumber),
  caps: optional(recordOf(isFiniteNumber)),
  floors: optional(recordOf(isFiniteNumber)),
  returnTo: optional(isString),
}) as Check<GameState>;

/** Each session event type and the fields it must carry. */
const EVENT_FIELDS: Readonly<
  Record<SessionEvent['type'], Readonly<Record<string, Check<unknown>>>>
> = {
  'player.choose': { choice: isString },
  'player.continue': {},
  'clock.expire': {},
  'facilitator.inject': { inject: isString },
  'facilitator.jump': { beat: isString },
  'session.start': { seed: isFiniteNumber, team: optional(isString) },
  'session.pause': {},
  'session.resume': {},
  'facilitator.undo': {},
  'facilitator.extend': { seconds: isFiniteNumber },
  'facilitator.note': { text: isString },
  'facilitator.end': {},
};

export const isSessionEvent: Check<SessionEvent> = (value): value is SessionEvent => {
  if (!isRecord(value) || !isString(value.type) || !Object.hasOwn(EVENT_FIELDS, value.type))
    return false;
  const fields = EVENT_FIELDS[value.type as SessionEvent['type']];
  return Object.entries(fields).every(([key, check]) => check(value[key]));
};

/** Notices are shown, never interpreted, by the console: a kind is enough. */
const isNotice: Check<Notice> = (value): value is Notice => isRecord(value) && isString(value.kind);

export const isLogEntry = shape<LogEntry>({
  seq: isInteger,
  wall: isFiniteNumber,
  time: isFiniteNumber,
  beat: isString,
  event: isSessionEvent,
  accepted: isBoolean,
  notices: arrayOf(isNotice),
});
