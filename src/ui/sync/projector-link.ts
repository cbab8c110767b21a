/**
 * The projector side of the facilitation channel. The game window holds the one engine session;
 * `linkProjector` lets facilitator consoles of the same session (same browser, same origin) watch
 * it and drive it: it answers a console's hello with a full snapshot, broadcasts every new log
 * entry, grants one console at a time the control lease, and applies that console's commands to
 * the session exactly as if they had been made on the projector. docs/facilitation.md.
 */
import type { GameState, LogEntry } from '../../engine/types.ts';
import type { Scenario } from '../../scenario/types.ts';
import { listen } from './listen.ts';
import { continuesSession } from './same-session.ts';
import { sign, signed, verify } from './pin.ts';
import { channelName, createPeerId, facilitatorUrl, isChannelId } from './ids.ts';
import { claim, HEARTBEAT_MS, holderAt, newLease, release, type Lease } from './lease.ts';
import {
  envelope,
  type Command,
  type Message,
  type ProjectorMessage,
  type Snapshot,
} from './protocol.ts';

/** What the link needs of an engine session (src/engine `Session` has all of it). */
export interface LinkedSession {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly team?: string | undefined;
  state(): GameState;
  log(): readonly LogEntry[];
  paused(): boolean;
  finished(): boolean;
  choose(choiceId: string): unknown;
  continue(): unknown;
  pause(): unknown;
  resume(): unknown;
  extend(seconds: number): unknown;
  inject(optionalInjectId: string): unknown;
  undo(): unknown;
  jump(beatId: string): unknown;
  note(text: string): unknown;
  end(): unknown;
  subscribe(listener: (entry: LogEntry) => void): () => void;
}

export interface ProjectorLinkOptions {
  /** The session's channel id (`createChannelId()`), kept beside the save so a reload reuses it. */
  readonly channelId: string;
  /** Called after a console's command changed the session: re-render the game. */
  readonly onChange: () => void;
  /** The scenario's YAML text when it is not shipped with the app (opened from a file). */
  readonly source?: string;
  /**
   * Called when a newer window of the same session linked itself (the game opened twice): this
   * link has gone quiet and the newer window is in charge; the game should say so and stop saving.
   */
  readonly onSuperseded?: () => void;
  /** The clock; tests leave it alone. */
  readonly now?: () => number;
  /**
   * Binds control to the facilitator PIN (pin.ts): a console takes the lease only with a signed
   * claim, and each command must be signed. Until `setPin` gives a key, no console gets control.
   * The game always sets this; without it any console of the session may take control.
   */
  readonly requirePin?: boolean;
  /**
   * The facilitator's switch for the expert feedback on the consequence screen: the projector
   * owns it (it shows the room), a controlling console flips it with a `feedback` command.
   */
  readonly feedback?: FeedbackSwitch;
}

/** Whether the room sees the expert feedback after a decision, and how to change that. */
export interface FeedbackSwitch {
  revealed(): boolean;
  reveal(shown: boolean): void;
}

export interface ProjectorLink {
  readonly channelId: string;
  /** The facilitator console's address for this session, resolved against `base`. */
  consoleUrl(base: string): string;
  /** Sets the facilitator PIN's key (pin.ts); consoles then get the new check value. */
  setPin(key: CryptoKey): Promise<void>;
  /** Tells consoles the projector left and stops listening. Call before linking another session. */
  close(): void;
}

/** How many recent command ids are remembered, so a repeated one is ignored (issue #17, 14). */
const REMEMBERED_IDS = 1000;

/** Links a session to its facilitation channel. Throws only on a malformed channel id. */
export function linkProjector(
  session: LinkedSession,
  options: ProjectorLinkOptions,
): ProjectorLink {
  const { channelId, onChange } = options;
  if (!isChannelId(channelId))
    throw new Error(`linkProjector: malformed channel id ${JSON.stringify(channelId)}`);
  const now = options.now ?? Date.now;
  const self = createPeerId();
  const since = now();
  const channel = new BroadcastChannel(channelName(channelId));
  let lease: Lease = newLease(since);
  let announced: string | null = null;
  let open = true;
  let pin: { key: CryptoKey; check: string } | null = null;
  const seen = new Set<string>();
  /** Signatures are checked asynchronously; messages are still handled in the order they came. */
  let queue: Promise<void> = Promise.resolve();

  const post = (body: ProjectorMessage): void => {
    if (open) channel.postMessage(envelope(channelId, body));
  };
  const controller = (): string | null => holderAt(lease, now());

  const snapshot = (): Snapshot => ({
    scenario: {
      id: session.scenario.meta.id,
      version: session.scenario.meta.version,
      hash: session.scenario.hash,
      ...(options.source === undefined ? {} : { source: options.source }),
    },
    team: session.team ?? null,
    seed: session.seed,
    log: session.log(),
    state: session.state(),
    paused: session.paused(),
    finished: session.finished(),
    controller: controller(),
    ...(pin ? { pinCheck: pin.check } : {}),
    ...(options.feedback ? { revealFeedback: options.feedback.revealed() } : {}),
  });

  /** Announces the controller whenever it changed, and as the projector's heartbeat. */
  const announce = (always: boolean): void => {
    const current = controller();
    if (!always && current === announced) return;
    announced = current;
    post({ type: 'presence', projector: self, since, controller: current });
  };

  const respond = (message: Message): void => {
    switch (message.type) {
      case 'hello':
        post({ type: 'snapshot', projector: self, since, snapshot: snapshot() });
        return;
      case 'heartbeat':
        if (options.requirePin) {
          queue = queue.then(async () => {
            // Only a console that knows the PIN may hold the lease.
            if (pin && (await verify(pin.key, signed.lease(message.console), message.proof))) {
              lease = claim(lease, message.console, message.holds, now());
            }
            announce(false);
          });
          return;
        }
        lease = claim(lease, message.console, message.holds, now());
        announce(false);
        return;
      case 'bye':
        lease = release(lease, message.console);
        announce(false);
        return;
      case 'command': {
        // The same command twice (a replay, or a retry) is applied once: the second is ignored.
        const key = `${message.console}:${message.id}`;
        if (seen.has(key)) return;
        seen.add(key);
        if (seen.size > REMEMBERED_IDS) seen.delete(seen.values().next().value ?? '');
        queue = queue.then(async () => {
          const signedByHolder = !options.requirePin || (pin !== null && (await verify(pin.key, signed.command(message.console, message.id, message.command), message.proof)));
          const result = !signedByHolder
            ? { accepted: false, reason: BAD_PROOF }
            : controller() === message.console
              ? message.command.kind === 'feedback'
                ? switchFeedback(message.command.reveal)
                : apply(session, message.command, onChange)
              : { accepted: false, reason: controller() === null ? NO_CONTROLLER : OTHER_CONTROLLER };
          post({
            type: 'result',
            projector: self,
            since,
            console: message.console,
            id: message.id,
            ...result,
          });
        });
        return;
      }
      case 'closed':
      case 'result':
        return;
      case 'snapshot':
        // Another live projector window of this very session: the newer one takes over, once
        // its snapshot shows it carries this session on (not merely a larger `since`).
        if (
          message.projector !== self &&
          (message.since > since || (message.since === since && message.projector > self)) &&
          continuesSession(message.snapshot, { hash: session.scenario.hash, seed: session.seed, log: session.log() })
        ) {
          console.warn(
            'crisis-room facilitation: this session was opened in a newer window; this window stops.',
          );
          stop();
          options.onSuperseded?.();
        }
        return;
      default:
        // Presence and updates of other projector windows prove nothing about who is in charge.
        return;
    }
  };

  /** Flips the room's view of the feedback; every console learns it from a fresh snapshot. */
  const switchFeedback = (reveal: boolean): Applied => {
    if (!options.feedback) return { accepted: false, reason: NO_FEEDBACK_SWITCH };
    options.feedback.reveal(reveal);
    post({ type: 'snapshot', projector: self, since, snapshot: snapshot() });
    return { accepted: true };
  };

  listen(channel, channelId, respond);

  const unsubscribe = session.subscribe((entry) =>
    post({
      type: 'update',
      projector: self,
      since,
      entry,
      state: session.state(),
      paused: session.paused(),
      finished: session.finished(),
    }),
  );
  const beat = setInterval(() => announce(true), HEARTBEAT_MS);

  const stop = (): void => {
    if (!open) return;
    clearInterval(beat);
    unsubscribe();
    open = false;
    channel.close();
    globalThis.removeEventListener?.('pagehide', leave);
  };
  const leave = (): void => {
    post({ type: 'closed', projector: self, since });
    stop();
  };
  globalThis.addEventListener?.('pagehide', leave);

  // Consoles already open (the projector was reloaded) rebuild from this at once.
  post({ type: 'snapshot', projector: self, since, snapshot: snapshot() });

  return {
    channelId,
    consoleUrl: (base) => facilitatorUrl(channelId, base),
    async setPin(key) {
      pin = { key, check: await sign(key, signed.check()) };
      // A new PIN: the lease of a console that signed with the old one lapses with its heartbeats.
      post({ type: 'snapshot', projector: self, since, snapshot: snapshot() });
    },
    close: leave,
  };
}

const OTHER_CONTROLLER = 'Another console controls this session.';
const NO_CONTROLLER = 'This console does not hold control at the moment; try again in a second.';
const BAD_PROOF = 'The command is not signed with the facilitator PIN of this session.';
const NO_FEEDBACK_SWITCH = 'This game window cannot show the expert feedback to the room.';

interface Applied {
  readonly accepted: boolean;
  readonly reason?: string;
}

/** Runs one command on the session, as the projector's own controls would. */
function apply(session: LinkedSession, command: Command, onChange: () => void): Applied {
  const refusal = precheck(session, command);
  if (refusal) return { accepted: false, reason: refusal };
  const before = session.log().length;
  let returned: unknown;
  try {
    returned = run(session, command);
  } catch (error) {
    console.warn(`crisis-room facilitation: the session refused "${command.kind}"`, error);
    return { accepted: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const log = session.log();
  const entry = log.length > before ? log[log.length - 1] : undefined;
  if (entry) onChange();
  if (entry?.accepted) return { accepted: true };
  const reason =
    reasonOf(returned) ?? (entry ? 'Not allowed at this point of the exercise.' : 'Nothing to do.');
  return { accepted: false, reason };
}

/** Refuses ids the scenario does not declare before they reach the engine. */
function precheck(session: LinkedSession, command: Command): string | null {
  const { scenario } = session;
  if (
    command.kind === 'inject' &&
    !scenario.optionalInjects.some((inject) => inject.id === command.inject)
  ) {
    return `The scenario has no optional inject "${command.inject}".`;
  }
  if (command.kind === 'jump' && !scenario.beats.some((beat) => beat.id === command.beat)) {
    return `The scenario has no beat "${command.beat}".`;
  }
  return null;
}

function run(session: LinkedSession, command: Command): unknown {
  switch (command.kind) {
    case 'pause':
      return session.pause();
    case 'resume':
      return session.resume();
    case 'extend':
      return session.extend(command.seconds);
    case 'inject':
      return session.inject(command.inject);
    case 'undo':
      return session.undo();
    case 'jump':
      return session.jump(command.beat);
    case 'choose':
      return session.choose(command.choice);
    case 'continue':
      return session.continue();
    case 'note':
      return session.note(command.text.trim());
    case 'end':
      return session.end();
    case 'feedback':
      // Not a session move: the link switches it before a command reaches here.
      return { reason: NO_FEEDBACK_SWITCH };
  }
}

function reasonOf(returned: unknown): string | null {
  if (typeof returned === 'object' && returned !== null && 'reason' in returned) {
    const { reason } = returned as { reason: unknown };
    if (typeof reason === 'string' && reason.length > 0) return reason;
  }
  return null;
}
