/**
 * The browser's link to the session server: joins (or rebuilds) the session's room, rejoins by
 * itself when the connection drops (the room's reconnection token first, for a laptop that slept;
 * then the code with this device's token or the facilitator's secret, for a server that restarted),
 * tries the first join again when a busy server let its seat reservation expire, and numbers every
 * message it sends so the server can refuse a replay.
 */
import { Client, type Room } from 'colyseus.js';
import { rejoinPause } from '../../protocol/rejoin-pause';
import { t } from '../lang/ui-language';
import { joinRefusal, refusedWords } from './refused';

export type LinkStatus = { readonly kind: 'connected' } | { readonly kind: 'reconnecting'; readonly why: string } | { readonly kind: 'failed'; readonly message: string };

export interface LiveLink {
  /** Sends `body` with a fresh nonce; returns the nonce. */
  send(type: string, body: Record<string, unknown>): number;
  leave(): void;
}

/** What the link asks of a colyseus.js client (tests hand it a stand-in). */
export type JoinClient = Pick<Client, 'create' | 'joinOrCreate' | 'reconnect'>;

export interface LinkOptions {
  readonly endpoint: string;
  /** The client that joins; by default colyseus.js's, at `endpoint`. */
  readonly client?: JoinClient;
  /** The first join: create (scenario or source) or joinOrCreate (code ...). */
  readonly first: { readonly method: 'create' | 'joinOrCreate'; readonly options: Record<string, unknown> };
  /** The options to rejoin with, once the welcome has said who we are. */
  rejoin(): Record<string, unknown> | null;
  readonly on: Record<string, (message: never) => void>;
  readonly onStatus: (status: LinkStatus) => void;
}

/** The server at this page's own origin, or the one `?server=` names. */
export function serverEndpoint(location: Location): string {
  const named = new URLSearchParams(location.search).get('server');
  return named ?? `${location.protocol}//${location.host}`;
}

/** Nonces rise across page reloads too: a reloaded page must not repeat its old numbers. */
let counter = 0;
const nextNonce = (): number => Date.now() * 1000 + (counter++ % 1000);

const CONSENTED = 4000;
/** Colyseus's code for a seat reservation that expired or was already used. */
const MATCHMAKE_EXPIRED = 4214;
/** First joins tried in all when the seat keeps expiring (each after a growing pause with jitter, rejoin-pause.ts). */
export const FIRST_JOIN_TRIES = 5;

/**
 * The server reserved a seat, but this page's socket arrived after the reservation lapsed (a busy
 * server, a slow phone): nothing is wrong with the session, and the same join is worth another try.
 */
export function seatExpired(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return (error as { code?: unknown } | null)?.code === MATCHMAKE_EXPIRED || /seat reservation expired|already consumed/i.test(message);
}

/** The first join, tried again with a growing pause while only the seat reservation was the trouble. */
async function firstJoin(client: JoinClient, first: LinkOptions['first'], onStatus: LinkOptions['onStatus']): Promise<Room> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await (first.method === 'create' ? client.create('exercise', first.options) : client.joinOrCreate('exercise', first.options));
    } catch (error) {
      if (!seatExpired(error) || attempt >= FIRST_JOIN_TRIES) throw error;
      onStatus({ kind: 'reconnecting', why: t('live.status.seatRetry', { attempt, tries: FIRST_JOIN_TRIES }) });
      await new Promise((resolve) => setTimeout(resolve, rejoinPause(attempt)));
    }
  }
}

export function openLink(options: LinkOptions): Promise<LiveLink> {
  const client = options.client ?? new Client(options.endpoint);
  let room: Room | null = null;
  let leaving = false;

  const attach = (joined: Room): void => {
    room = joined;
    for (const [type, handler] of Object.entries(options.on)) joined.onMessage(type, handler as (message: unknown) => void);
    // Now that every handler listens, the server sends the welcome, the logs and the roster.
    joined.send('hello', {});
    joined.onLeave((code) => {
      if (leaving || code === CONSENTED) return;
      options.onStatus({ kind: 'reconnecting', why: t('live.status.dropped') });
      void reconnect(joined.reconnectionToken);
    });
    options.onStatus({ kind: 'connected' });
  };

  const reconnect = async (token: string): Promise<void> => {
    for (let attempt = 0; !leaving; attempt += 1) {
      // Every page of a dead server finds out at once: the jitter spreads their returns.
      await new Promise((resolve) => setTimeout(resolve, rejoinPause(attempt)));
      try {
        attach(await client.reconnect(token));
        return;
      } catch {
        // The room is gone (the server restarted): join it again by its code.
      }
      const again = options.rejoin();
      if (!again) continue;
      try {
        attach(await client.joinOrCreate('exercise', again));
        return;
      } catch (error) {
        options.onStatus({ kind: 'reconnecting', why: describe(error, options.endpoint) });
      }
    }
  };

  return firstJoin(client, options.first, options.onStatus).then(
    (joined) => {
      attach(joined);
      return {
        send(type, body) {
          const nonce = nextNonce();
          room?.send(type, { ...body, nonce });
          return nonce;
        },
        leave() {
          leaving = true;
          void room?.leave(true);
        },
      };
    },
    (error: unknown) => {
      throw new Error(seatExpired(error) ? t('live.status.seatExpired', { tries: FIRST_JOIN_TRIES }) : describe(error, options.endpoint));
    },
  );
}

/** What went wrong, in words: an unreachable server says so and names it. */
export function describe(error: unknown, endpoint: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  if (/fetch|network|ECONNREFUSED|socket hang up|Failed to|NetworkError|Load failed/i.test(message) || code === undefined || message === '')
    return t('live.status.unreachable', { endpoint, why: message || t('live.status.noAnswer') });
  // The server's own refusal (a wrong code, an ended session ...), in the page's language.
  const refused = joinRefusal(message);
  return refused ? refusedWords(refused) : message;
}
