/**
 * What each kind of client receives, read off raw clients that keep every message: a team never
 * receives another team's log or proposals, the projector never a team's choices before the
 * facilitator reveals them; and proposals, stored like events, come back after a restart.
 */
import { describe, expect, it } from 'vitest';
import type { ColyseusTestServer } from '@colyseus/testing';
import type { Room } from 'colyseus.js';
import type { TeamBoard } from '../../src/protocol/live.ts';
import { openSqliteStore } from '../../src/server/sqlite-store.ts';
import { join as joinPath } from 'node:path';
import { freshDataDir, serverPerFile, joinRoom, until } from './live-server.ts';

const data = freshDataDir();
let live!: ColyseusTestServer;
serverPerFile(data, (server) => (live = server));

interface Received {
  type: string;
  message: Record<string, unknown>;
}

/** A client with no handler but the catch-all: it keeps everything the server sends it. */
async function raw(options: Record<string, unknown>): Promise<{ room: Room; received: Received[] }> {
  const room = await live.sdk.joinOrCreate('exercise', options);
  const received: Received[] = [];
  room.onMessage('*', (type, message) => received.push({ type: String(type), message: message as Record<string, unknown> }));
  room.send('hello', {});
  await until('the welcome', () => received.some((item) => item.type === 'welcome'));
  return { room, received };
}

const boards = (received: readonly Received[]): { revealed: boolean; teams: TeamBoard[] }[] =>
  received.filter((item) => item.type === 'board').map((item) => item.message as unknown as { revealed: boolean; teams: TeamBoard[] });

describe('what each live client receives', () => {
  it('keeps every team to its own log and proposals, and the projector to the board until the facilitator reveals the choices', async () => {
    const facilitator = await joinRoom(live, 'create', { scenario: 'tutorial' });
    const { code, projector: key } = facilitator.welcome;
    expect(key).toMatch(/^[\w-]{43}$/);
    const red = await joinRoom(live, 'joinOrCreate', { code, team: 'Red', name: 'Ana' });
    const redTwo = await joinRoom(live, 'joinOrCreate', { code, team: 'Red', name: 'Ben' });
    const blue = await raw({ code, team: 'Blue' });
    const projector = await raw({ code, projector: key });

    redTwo.room.send('intent', { nonce: 1, at: 1, kind: 'propose', choice: 'notify_now' });
    await until('the proposal acknowledged', () => redTwo.acks.length === 1);
    red.room.send('intent', { nonce: 1, at: 1, kind: 'choose', choice: 'notify_now' });
    await until('the choice on the board', () => boards(projector.received).some((board) => board.teams.some((team) => team.team === 'Red' && team.beat !== 'alert')));

    // Blue: its own log and roster, nothing of Red's.
    for (const { type, message } of blue.received) {
      if (type === 'entry' || type === 'proposals') expect(message.team).toBe('Blue');
      if (type === 'logs') expect(Object.keys(message.logs as object)).toEqual(['Blue']);
      if (type === 'roster') expect((message.teams as { team: string }[]).map((team) => team.team)).toEqual(['Blue']);
    }
    expect(blue.received.some((item) => item.type === 'entry' && item.message.team === 'Blue')).toBe(true);
    // The projector: a welcome and boards, no log, roster or proposal, and no choice before the reveal.
    expect(new Set(projector.received.map((item) => item.type))).toEqual(new Set(['welcome', 'board']));
    for (const board of boards(projector.received)) {
      expect(board.revealed).toBe(false);
      for (const team of board.teams) expect(team).not.toHaveProperty('lastChoice');
    }

    // Only the facilitator reveals; the projector and the teams cannot act.
    blue.room.send('reveal', { nonce: 1, revealed: true });
    projector.room.send('reveal', { nonce: 1, revealed: true });
    projector.room.send('intent', { nonce: 2, at: 2, kind: 'continue' });
    await until('the refusals', () => blue.received.some((item) => item.type === 'refused') && projector.received.filter((item) => item.type === 'refused').length === 2);
    expect(projector.received.filter((item) => item.type === 'refused').map((item) => item.message.reason)).toEqual(['only the facilitator reveals the choices', 'only a team member sends intents']);
    expect(boards(projector.received).every((board) => !board.revealed)).toBe(true);

    facilitator.room.send('reveal', { nonce: 10, revealed: true });
    await until('the revealed board', () => boards(projector.received).some((board) => board.revealed));
    expect(boards(projector.received).at(-1)!.teams.find((team) => team.team === 'Red')!.lastChoice).toBe('notify_now');
    facilitator.room.send('reveal', { nonce: 11, revealed: false });
    await until('hidden again', () => boards(projector.received).at(-1)!.revealed === false);
    expect(boards(projector.received).at(-1)!.teams.find((team) => team.team === 'Red')).not.toHaveProperty('lastChoice');

    await expect(live.sdk.joinOrCreate('exercise', { code, projector: 'x'.repeat(43) })).rejects.toThrow(/projector link is not valid/);
  });

  it('stores proposals before acknowledging them and shows them again after the room is rebuilt', async () => {
    const facilitator = await joinRoom(live, 'create', { scenario: 'tutorial' });
    const { code } = facilitator.welcome;
    const ana = await joinRoom(live, 'joinOrCreate', { code, team: 'Red', name: 'Ana' });
    const ben = await joinRoom(live, 'joinOrCreate', { code, team: 'Red', name: 'Ben' });
    ben.room.send('intent', { nonce: 1, at: 1, kind: 'propose', choice: 'notify_now' });
    await until('the proposal acknowledged', () => ben.acks.length === 1);
    const store = openSqliteStore(joinPath(data, 'live.sqlite'));
    expect(await store.listProposals(code)).toEqual([{ code, team: 'Red', participant: ben.welcome.you!.id, at: 1, choice: 'notify_now' }]);
    await store.close();

    // The room goes away as with its process; Ana comes back and sees Ben's proposal.
    await live.getRoomById(ana.room.roomId).disconnect();
    await until('the room gone', () => live.getRoomById(ana.room.roomId) === undefined);
    const back = await raw({ code, token: ana.welcome.token });
    await until('the proposals', () => back.received.some((item) => item.type === 'proposals'));
    expect(back.received.find((item) => item.type === 'proposals')!.message).toEqual({ team: 'Red', at: 1, proposals: { [ben.welcome.you!.id]: 'notify_now' } });

    // Once the team decides, the proposal has lapsed: a client that arrives now is not shown it.
    back.room.send('intent', { nonce: 5, at: 1, kind: 'choose', choice: 'notify_now' });
    await until('the choice', () => back.received.some((item) => item.type === 'ack'));
    const later = await raw({ code, token: ben.welcome.token });
    await until('the logs', () => later.received.some((item) => item.type === 'logs'));
    expect(later.received.some((item) => item.type === 'proposals')).toBe(false);
  });
});
