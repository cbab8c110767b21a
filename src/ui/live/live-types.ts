/** What the session server sends a live page (src/server/exercise-room.ts is the other side). */
import type { LogEntry } from '../../engine/types';
import type { TeamRoster } from '../../protocol/live';
import type { Scenario } from '../../scenario/types';

export type { Member, TeamRoster } from '../../protocol/live';

export interface Welcome {
  readonly kind: 'facilitator' | 'participant';
  readonly code: string;
  readonly secret?: string;
  readonly token?: string;
  readonly team?: string;
  readonly you?: { readonly id: string; readonly name: string; readonly role: string | null };
  readonly scenario: Scenario;
  readonly ended: boolean;
  /** The projector's key (to the facilitator only). */
  readonly projector?: string;
  readonly revealed?: boolean;
  /** The server's time when it sent this. */
  readonly now: number;
}

export interface EntryMessage {
  readonly team: string;
  readonly entry: LogEntry;
}

/**
 * The handlers every live page shares: the teams' logs (whole, then entry by entry), the server's
 * clock that comes with them, and the roster; `changed` redraws.
 */
export function logHandlers(logs: TeamLogs, clock: ServerClock, onRoster: (teams: TeamRoster[]) => void, changed: () => void) {
  return {
    logs: (message: { logs: Record<string, LogEntry[]>; now?: number }) => {
      clock.sync(message.now);
      logs.replace(message.logs);
      changed();
    },
    entry: (message: EntryMessage & { now?: number }) => {
      clock.sync(message.now);
      if (logs.add(message.team, message.entry)) changed();
    },
    roster: (message: { teams: TeamRoster[] }) => {
      onRoster(message.teams);
      changed();
    },
  };
}

/** Each team's log, kept by seq so an entry that arrives twice (a rejoin) counts once. */
export class TeamLogs {
  readonly logs = new Map<string, LogEntry[]>();

  replace(all: Record<string, readonly LogEntry[]>): void {
    for (const [team, log] of Object.entries(all)) this.logs.set(team, [...log]);
  }

  add(team: string, entry: LogEntry): boolean {
    const log = this.logs.get(team) ?? [];
    if (entry.seq < log.length) return false;
    if (entry.seq > log.length) return false; // a gap: the next full 'logs' fills it
    log.push(entry);
    this.logs.set(team, log);
    return true;
  }
}

/**
 * The session server's clock as this device sees it: decision timers run on the server, so a
 * screen counts down from the server's time (each message carries `now`), not its own clock,
 * which may be minutes off on a participant's laptop.
 */
export class ServerClock {
  private offset = 0;

  sync(serverNow: unknown): void {
    if (typeof serverNow === 'number' && Number.isFinite(serverNow)) this.offset = serverNow - Date.now();
  }

  now(): number {
    return Date.now() + this.offset;
  }
}
