/**
 * The projector side of the facilitation channel. The game window holds the one engine session;
 * `linkProjector` lets facilitator consoles of the same session (same browser, same origin) watch
 * it and drive it: it answers a console's hello with a full snapshot, broadcasts every new log
 * entry, grants one console at a time the control lease, and applies that console's commands to
 * the session exactly as if they had been made on the projector. docs/facilitation.md.
 */
import { listen } from './listen.ts';
import { continuesSession } from './same-session.ts';
import { pinGuard } from './pin-guard.ts';
import { channelName, createPeerId, facilitatorUrl, isChannelId } from './ids.ts';
import { claim, HEARTBEAT_MS, holderAt, newLease, release, type Lease } from './lease.ts';
import { applyCommand, type Applied, type LinkedSession } from './apply-command.ts';
import { NO_CONTROLLER, OTHER_CONTROLLER, refusedFor } from './link-refusal.ts';
import {
  flipSwitch,
  isSwitchCommand,
  switchSettings,
  type DisplaySwitch,
  type FeedbackSwitch,
} from './room-switches.ts';
import { envelope, type Message, type ProjectorMessage, type Snapshot } from './protocol.ts';

export type { LinkedSession } from './apply-command.ts';
export type { DisplaySwitch, FeedbackSwitch } from './room-switches.ts';

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
  /** The projector view switch, owned like the feedback switch; flipped with a `display` command. */
  readonly display?: DisplaySwitch;
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
  const pin = pinGuard(options.requirePin ?? false);
  const seen = new Set<string>();
  /** Signatures are checked asynchronously; messages are still handled in the order they came. */
  let queue: Promise<void> = Promise.resolve();

  const post = (body: ProjectorMessage): void => {
    if (open) channel.postMessage(envelope(channelId, body));
  };
  const controller = (): string | null => holderAt(lease, now());

  const snapshot = (): Snapshot => {
    const pinCheck = pin.check();
    return {
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
      ...(pinCheck === null ? {} : { pinCheck }),
      ...switchSettings(options),
    };
  };

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
        if (pin.required) {
          queue = queue.then(async () => {
            // Only a console that knows the PIN may hold the lease.
            if (await pin.allowsLease(message.console, message.proof)) {
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
          const { command } = message;
          const result: Applied = !(await pin.allowsCommand(
            message.console,
            message.id,
            command,
            message.proof,
          ))
            ? BAD_PROOF
            : controller() !== message.console
              ? controller() === null
                ? NO_CONTROLLER
                : OTHER_CONTROLLER
              : isSwitchCommand(command)
                ? switched(flipSwitch(options, command))
                : applyCommand(session, command, onChange);
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
          continuesSession(message.snapshot, {
            hash: session.scenario.hash,
            seed: session.seed,
            log: session.log(),
          })
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

  /** A switch flipped: every console learns it from a fresh snapshot. */
  const switched = (result: Applied): Applied => {
    if (result.accepted) post({ type: 'snapshot', projector: self, since, snapshot: snapshot() });
    return result;
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
      await pin.setKey(key);
      // A new PIN: the lease of a console that signed with the old one lapses with its heartbeats.
      post({ type: 'snapshot', projector: self, since, snapshot: snapshot() });
    },
    close: leave,
  };
}

/** A command not signed with this session's PIN (exported for the refusal catalog's test). */
export const BAD_PROOF = refusedFor('badProof', 'The command is not signed with the facilitator PIN of this session.');
