/**
 * The facilitation channel protocol: what the projector window (the game, which holds the one
 * engine session) and facilitator consoles say to each other over
 * `BroadcastChannel('crisis-room:<session id>')`. Every message carries the protocol name, its
 * version, its type and the session id; `parseMessage` accepts only well-formed messages, so a
 * stray or malicious post is ignored rather than acted on. docs/facilitation.md describes it.
 */
import type { GameState, LogEntry } from '../../engine/types.ts';
import { isGameState, isLogEntry } from './engine-data.ts';
import {
  arrayOf,
  isBoolean,
  isFiniteNumber,
  isInteger,
  isRecord,
  isScenarioId,
  isString,
  nullable,
  optional,
  recordOf,
  shape,
  type Check,
} from './guards.ts';
import { isChannelId, isPeerId } from './ids.ts';
import { isProof } from './pin.ts';
import { isDisplayMode, type DisplayMode } from '../display-mode.ts';

export const PROTOCOL = 'crisis-room.facilitation';
export const PROTOCOL_VERSION = 1;

/** Longest observer note the console sends and the projector accepts. */
export const MAX_NOTE_LENGTH = 2000;
/** Largest timer extension in one command, in seconds. */
export const MAX_EXTEND_SECONDS = 600;

/** What a facilitator may ask the projector to do; each maps to one session method. */
export type Command =
  | { readonly kind: 'pause' }
  | { readonly kind: 'resume' }
  | { readonly kind: 'extend'; readonly seconds: number }
  | { readonly kind: 'inject'; readonly inject: string }
  | { readonly kind: 'undo' }
  | { readonly kind: 'jump'; readonly beat: string }
  | { readonly kind: 'choose'; readonly choice: string }
  | { readonly kind: 'continue' }
  | { readonly kind: 'note'; readonly text: string }
  | { readonly kind: 'end' }
  /**
   * The room's view, not the session: `reveal` shows the expert feedback (rating, feedback,
   * references) on the projector's consequence screen; false keeps it for the debrief.
   */
  | { readonly kind: 'feedback'; readonly reveal: boolean }
  /** The room's view too: the projector view (large type, display-mode.ts) or the standard one. */
  | { readonly kind: 'display'; readonly mode: DisplayMode };

export type CommandKind = Command['kind'];

/** Everything a console needs to rebuild its view from nothing. */
export interface Snapshot {
  readonly scenario: {
    readonly id: string;
    readonly version: string;
    readonly hash: string;
    /** The YAML text, sent only for a scenario that is not shipped with the app. */
    readonly source?: string;
  };
  readonly team: string | null;
  readonly seed: number;
  readonly log: readonly LogEntry[];
  readonly state: GameState;
  readonly paused: boolean;
  readonly finished: boolean;
  /** The console holding the control lease, if any. */
  readonly controller: string | null;
  /**
   * The facilitator PIN's check value (see pin.ts): a console compares its own to tell a wrong
   * PIN at once. Absent while the instructor has set no PIN (no console may control yet).
   */
  readonly pinCheck?: string;
  /** Whether the projector shows the expert feedback after a decision (absent: it has no such switch). */
  readonly revealFeedback?: boolean;
  /** Whether the game window is in projector view (absent: it has no such switch). */
  readonly display?: DisplayMode;
}

/** Messages a facilitator console sends. `console` is its random per-window id. */
export type ConsoleMessage =
  | { readonly type: 'hello'; readonly console: string }
  /** `proof`: the lease claim signed with the PIN's key; without it a PIN-bound projector grants no lease. */
  | { readonly type: 'heartbeat'; readonly console: string; readonly holds: boolean; readonly proof?: string }
  | { readonly type: 'bye'; readonly console: string }
  | {
      readonly type: 'command';
      readonly console: string;
      readonly id: string;
      readonly command: Command;
      /** The console, id and command signed with the PIN's key (pin.ts). */
      readonly proof?: string;
    };

/** Messages the projector sends. `projector` is its random per-window id; `since` its start. */
export type ProjectorMessage =
  | {
      readonly type: 'snapshot';
      readonly projector: string;
      readonly since: number;
      readonly snapshot: Snapshot;
    }
  | {
      readonly type: 'update';
      readonly projector: string;
      readonly since: number;
      readonly entry: LogEntry;
      readonly state: GameState;
      readonly paused: boolean;
      readonly finished: boolean;
    }
  | {
      readonly type: 'presence';
      readonly projector: string;
      readonly since: number;
      readonly controller: string | null;
    }
  | {
      readonly type: 'result';
      readonly projector: string;
      readonly since: number;
      readonly console: string;
      readonly id: string;
      readonly accepted: boolean;
      /** Why not, in English; `code` and `values` word it in the console's language. */
      readonly reason?: string;
      readonly code?: string;
      readonly values?: Readonly<Record<string, string>>;
    }
  | { readonly type: 'closed'; readonly projector: string; readonly since: number };

export type Body = ConsoleMessage | ProjectorMessage;

/** A message on the wire: the body plus the envelope every message carries. */
export type Message<B extends Body = Body> = B & {
  readonly protocol: typeof PROTOCOL;
  readonly v: typeof PROTOCOL_VERSION;
  readonly session: string;
};

export type ParseResult =
  { readonly ok: true; readonly message: Message } | { readonly ok: false; readonly error: string };

/** Wraps a body in the envelope for `session`. */
export function envelope<B extends Body>(session: string, body: B): Message<B> {
  return { protocol: PROTOCOL, v: PROTOCOL_VERSION, session, ...body };
}

const COMMAND_FIELDS: Readonly<Record<CommandKind, Readonly<Record<string, Check<unknown>>>>> = {
  pause: {},
  resume: {},
  extend: {
    seconds: (s): s is number =>
      isInteger(s) && (s as number) > 0 && (s as number) <= MAX_EXTEND_SECONDS,
  },
  inject: { inject: isScenarioId },
  undo: {},
  jump: { beat: isScenarioId },
  choose: { choice: isScenarioId },
  continue: {},
  note: {
    text: (t): t is string => isString(t) && t.trim().length > 0 && t.length <= MAX_NOTE_LENGTH,
  },
  end: {},
  feedback: { reveal: isBoolean },
  display: { mode: isDisplayMode },
};

export const isCommand: Check<Command> = (value): value is Command => {
  if (!isRecord(value) || !isString(value.kind) || !Object.hasOwn(COMMAND_FIELDS, value.kind))
    return false;
  return Object.entries(COMMAND_FIELDS[value.kind as CommandKind]).every(([key, check]) =>
    check(value[key]),
  );
};

const isSnapshot = shape<Snapshot>({
  scenario: shape<Snapshot['scenario']>({
    id: isScenarioId,
    version: isString,
    hash: isString,
    source: optional(isString),
  }),
  team: nullable(isString),
  seed: isFiniteNumber,
  log: arrayOf(isLogEntry),
  state: isGameState,
  paused: isBoolean,
  finished: isBoolean,
  controller: nullable(isPeerId),
  pinCheck: optional(isProof),
  revealFeedback: optional(isBoolean),
  display: optional(isDisplayMode),
});

/** A refusal's code names a catalog entry (`refusal.<code>`): letters only, so no key elsewhere. */
const isRefusalCode = (value: unknown): value is string =>
  isString(value) && /^[a-zA-Z]{1,40}$/.test(value);
const isRefusalValues: Check<Readonly<Record<string, string>>> = (value): value is Readonly<Record<string, string>> =>
  recordOf(isString)(value) && Object.keys(value).length <= 10;

const fromProjector = { projector: isPeerId, since: isFiniteNumber };

/** The fields each message type must carry, besides the envelope. */
const BODY_FIELDS: Readonly<Record<Body['type'], Readonly<Record<string, Check<unknown>>>>> = {
  hello: { console: isPeerId },
  heartbeat: { console: isPeerId, holds: isBoolean, proof: optional(isProof) },
  bye: { console: isPeerId },
  command: { console: isPeerId, id: isPeerId, command: isCommand, proof: optional(isProof) },
  snapshot: { ...fromProjector, snapshot: isSnapshot },
  update: {
    ...fromProjector,
    entry: isLogEntry,
    state: isGameState,
    paused: isBoolean,
    finished: isBoolean,
  },
  presence: { ...fromProjector, controller: nullable(isPeerId) },
  result: {
    ...fromProjector,
    console: isPeerId,
    id: isPeerId,
    accepted: isBoolean,
    reason: optional(isString),
    code: optional(isRefusalCode),
    values: optional(isRefusalValues),
  },
  closed: fromProjector,
};

/**
 * Checks a received `MessageEvent.data`. Returns the message, or why it was refused (for the
 * console.warn the receiver writes). Never throws.
 */
export function parseMessage(data: unknown): ParseResult {
  if (!isRecord(data)) return { ok: false, error: 'not an object' };
  if (data.protocol !== PROTOCOL)
    return { ok: false, error: `unknown protocol ${describe(data.protocol)}` };
  if (data.v !== PROTOCOL_VERSION) {
    return {
      ok: false,
      error: `protocol version ${describe(data.v)}, expected ${PROTOCOL_VERSION}`,
    };
  }
  if (!isChannelId(data.session)) return { ok: false, error: 'missing or malformed session id' };
  if (!isString(data.type) || !Object.hasOwn(BODY_FIELDS, data.type)) {
    return { ok: false, error: `unknown message type ${describe(data.type)}` };
  }
  const fields = BODY_FIELDS[data.type as Body['type']];
  for (const [key, check] of Object.entries(fields)) {
    if (!check(data[key]))
      return { ok: false, error: `${data.type}: missing or malformed field "${key}"` };
  }
  return { ok: true, message: data as unknown as Message };
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  return value === undefined ? 'missing' : typeof value === 'object' ? 'object' : String(value);
}
