/**
 * Who in a room receives what. The facilitator sees every team; a participant only their own
 * team's log, roster and proposals; the projector only the board, where a team's choices appear
 * once the facilitator reveals them. Every message to a client goes through here.
 */
import type { Client } from '@colyseus/core';
import type { Roster } from './roster.ts';
import { projectorBoard } from './projector-board.ts';
import { onWire, type ServerRefusal } from './refusals.ts';
import type { TeamRunner } from './team-runner.ts';

/** Who a client is, and what it is told when it says hello (once its handlers are listening). */
export type Who = (
  | { readonly kind: 'facilitator' }
  | { readonly kind: 'projector' }
  | { readonly kind: 'participant'; readonly id: string; readonly team: string }
) & { welcome?: Record<string, unknown> };

/** Whether `who` may see `team`'s log, roster and proposals. */
export const seesTeam = (who: Who | undefined, team: string): boolean => who?.kind === 'facilitator' || (who?.kind === 'participant' && who.team === team);

export function sendTo(clients: Iterable<Client<Who>>, team: string, type: string, payload: unknown): void {
  for (const client of clients) if (seesTeam(client.userData, team)) client.send(type, payload);
}

/** A refused message, answered with its nonce, the refusal's code and values, and its English. */
export function refuse(client: Client<Who>, nonce: number, refusal: ServerRefusal): void {
  client.send('refused', { nonce, ...onWire(refusal) });
}

export function sendRoster(clients: Iterable<Client<Who>>, roster: Roster): void {
  const teams = roster.teams();
  for (const client of clients) {
    const who = client.userData;
    if (who?.kind === 'projector') continue;
    client.send('roster', { teams: teams.filter((team) => seesTeam(who, team.team)) });
  }
}

export function sendBoard(clients: Iterable<Client<Who>>, runners: ReadonlyMap<string, TeamRunner>, revealed: boolean): void {
  let board: ReturnType<typeof projectorBoard> | null = null;
  for (const client of clients) {
    if (client.userData?.kind !== 'projector') continue;
    board ??= projectorBoard(runners.values(), revealed);
    client.send('board', { revealed, teams: board, now: Date.now() });
  }
}

/** What a client is sent when it says hello: the teams it may see, with their open proposals. */
export function greet(client: Client<Who>, runners: ReadonlyMap<string, TeamRunner>, roster: Roster, revealed: boolean, proposals: (team: string, at: number) => Record<string, string>): void {
  const who = client.userData;
  if (who?.kind === 'projector') {
    client.send('board', { revealed, teams: projectorBoard(runners.values(), revealed), now: Date.now() });
    return;
  }
  const teams = [...runners].filter(([team]) => seesTeam(who, team));
  client.send('logs', { logs: Object.fromEntries(teams.map(([team, runner]) => [team, runner.log()])), now: Date.now() });
  client.send('roster', { teams: roster.teams().filter((team) => seesTeam(who, team.team)) });
  for (const [team, runner] of teams) {
    const at = runner.log().length;
    const open = proposals(team, at);
    if (Object.keys(open).length > 0) client.send('proposals', { team, at, proposals: open });
  }
}
