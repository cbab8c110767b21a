/**
 * The facilitator console's side of the channel: it says hello, keeps its control lease alive
 * with heartbeats, follows the projector's snapshot and updates into one model, notices when the
 * projector goes away, and sends commands, each answered by a result. docs/facilitation.md.
 */
import type { GameState, LogEntry } from '../../engine/types.ts';
import { listen } from './listen.ts';
import { sign, signed } from './pin.ts';
import { channelName, createPeerId } from './ids.ts';
import { HEARTBEAT_MS, LEASE_MS } from './lease.ts';
import { NO_CONTROLLER, OTHER_CONTROLLER, refusedFor, type Outcome } from './link-refusal.ts';
import {
  envelope,
  type Command,
  type ConsoleMessage,
  type Message,
  type Snapshot,
} from './protocol.ts';

/** Whether a projector window of this session is there. */
export type ProjectorStatus = 'waiting' | 'present' | 'lost' | 'closed';

export interface ConsoleModel {
  /** This console window's id. */
  readonly self: string;
  readonly projector: ProjectorStatus;
  /** The session as the projector last described it; null until the first snapshot. */
  readonly session: Omit<Snapshot, 'controller'> | null;
  /** The console in control, null when none; compare with `self`. */
  readonly controller: string | null;
}

/** The projector's answer, or the link's own refusal: English `reason` with its code and values. */
export type CommandResult = Outcome;

export interface ConsoleLink {
  model(): ConsoleModel;
  /** Sends a command; resolves with the projector's answer, or a refusal when none comes. */
  send(command: Command): Promise<CommandResult>;
  close(): void;
}

/** The console link's own refusals, before or instead of the projector's answer. */
export const CONSOLE_CLOSED = refusedFor('consoleClosed', 'The console closed.');
export const NO_PROJECTOR = refusedFor('noProjector', 'No projector window is connected.');
export const NO_ANSWER = refusedFor('noAnswer', 'The projector did not answer.');

/** How long a command waits for the projector's answer. */
const ANSWER_MS = 4000;

/**
 * Connects a console to its session's channel. `pinKey` (pin.ts) signs its lease claims and
 * commands; a projector bound to a PIN obeys nothing unsigned.
 */
export function connectConsole(
  channelId: string,
  onChange: (model: ConsoleModel) => void,
  now: () => number = Date.now,
  pinKey: CryptoKey | null = null,
): ConsoleLink {
  const self = createPeerId();
  let leaseProof: string | undefined;
  const signing = pinKey ? sign(pinKey, signed.lease(self)).then((proof) => (leaseProof = proof)) : Promise.resolve();
  const channel = new BroadcastChannel(channelName(channelId));
  const pending = new Map<string, (result: CommandResult) => void>();
  let model: ConsoleModel = { self, projector: 'waiting', session: null, controller: null };
  let projector: { id: string; since: number } | null = null;
  let heardAt = 0;
  let open = true;

  const post = (body: ConsoleMessage): void => {
    if (open) channel.postMessage(envelope(channelId, body));
  };
  const update = (patch: Partial<ConsoleModel>): void => {
    model = { ...model, ...patch };
    onChange(model);
  };
  const hello = (): void => post({ type: 'hello', console: self });
  const heartbeat = (): void =>
    post({ type: 'heartbeat', console: self, holds: model.controller === self, ...(leaseProof ? { proof: leaseProof } : {}) });

  /** Follows the newest projector window; messages of an older one are stale. */
  const follow = (id: string, since: number): boolean => {
    if (projector && projector.id !== id && since < projector.since) return false;
    if (!projector || projector.id !== id) projector = { id, since };
    heardAt = now();
    return true;
  };

  const append = (entry: LogEntry, state: GameState, paused: boolean, finished: boolean): void => {
    const session = model.session;
    if (!session) return hello();
    const last = session.log[session.log.length - 1];
    if (last && entry.seq <= last.seq) return; // already have it
    if (last && entry.seq !== last.seq + 1) return hello(); // missed one: rebuild from a snapshot
    update({ session: { ...session, log: [...session.log, entry], state, paused, finished } });
  };

  const receive = (message: Message): void => {
    if (
      message.type === 'hello' ||
      message.type === 'heartbeat' ||
      message.type === 'bye' ||
      message.type === 'command'
    ) {
      return; // another console talking to the projector
    }
    if (!follow(message.projector, message.since)) return;
    switch (message.type) {
      case 'snapshot': {
        const { controller, ...session } = message.snapshot;
        update({ projector: 'present', session, controller });
        return;
      }
      case 'update':
        if (model.projector !== 'present') update({ projector: 'present' });
        append(message.entry, message.state, message.paused, message.finished);
        return;
      case 'presence':
        if (model.projector !== 'present' || model.controller !== message.controller) {
          update({ projector: 'present', controller: message.controller });
        }
        if (!model.session) hello();
        return;
      case 'result': {
        if (message.console !== self) return;
        const resolve = pending.get(message.id);
        pending.delete(message.id);
        const { accepted, reason, code, values } = message;
        resolve?.({
          accepted,
          ...(reason === undefined ? {} : { reason }),
          ...(code === undefined ? {} : { code, values: values ?? {} }),
        });
        return;
      }
      case 'closed':
        projector = null;
        update({ projector: 'closed', controller: null });
        return;
    }
  };

  listen(channel, channelId, receive);

  const beat = setInterval(() => {
    heartbeat();
    if (model.projector === 'present' && now() - heardAt > LEASE_MS) {
      projector = null;
      update({ projector: 'lost', controller: null });
    }
  }, HEARTBEAT_MS);
  const leave = (): void => close();
  globalThis.addEventListener?.('pagehide', leave);
  // Browsers slow the timers of hidden windows: beat at once when the console is looked at again.
  const wake = (): void => {
    if (globalThis.document?.visibilityState === 'visible') heartbeat();
  };
  globalThis.document?.addEventListener('visibilitychange', wake);

  function close(): void {
    if (!open) return;
    post({ type: 'bye', console: self });
    open = false;
    clearInterval(beat);
    channel.close();
    globalThis.removeEventListener?.('pagehide', leave);
    globalThis.document?.removeEventListener('visibilitychange', wake);
    for (const resolve of pending.values())
      resolve(CONSOLE_CLOSED);
    pending.clear();
  }

  hello();
  heartbeat();
  // The first signed claim as soon as the signature is ready, not a heartbeat later.
  void signing.then(() => leaseProof && heartbeat());

  return {
    model: () => model,
    send(command) {
      if (model.projector !== 'present') {
        return Promise.resolve(NO_PROJECTOR);
      }
      if (model.controller !== self) {
        return Promise.resolve(model.controller === null ? NO_CONTROLLER : OTHER_CONTROLLER);
      }
      const id = createPeerId();
      return new Promise<CommandResult>((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          resolve(NO_ANSWER);
        }, ANSWER_MS);
        pending.set(id, (result) => {
          clearTimeout(timer);
          resolve(result);
        });
        if (pinKey) void sign(pinKey, signed.command(self, id, command)).then((proof) => post({ type: 'command', console: self, id, command, proof }));
        else post({ type: 'command', console: self, id, command });
      });
    },
    close,
  };
}
