import { describe, expect, it } from 'vitest';
import type { ColyseusTestServer } from '@colyseus/testing';
import type { LogEntry } from '../../src/engine/types.ts';
import { openSqliteStore } from '../../src/server/sqlite-store.ts';
import { join as joinPath } from 'node:path';
import { freshDataDir, serverPerFile, joinRoom, until, collect } from './live-server.ts';

const data = freshDataDir();
let live!: ColyseusTestServer;
serverPerFile(data, (server) => (live = server));

const join = joinRoom;

describe('exercise room', () => {
  it('runs a team on the server: the decider commits, others propose, every accepted event is stored and broadcast', async () => {
    const facilitator = await join(live, 'create', { scenario: 'tutorial' });
    expect(facilitator.welcome.code).toMatch(/^[A-Z2-9]{10}$/);
    expect(facilitator.welcome.secret).toBeTruthy();
    const code = facilitator.welcome.code;

    const ceo = await join(live, 'joinOrCreate', { code, team: 'Blue', name: 'Ana', role: 'ceo' });
    const legal = await join(live, 'joinOrCreate', { code, team: 'Blue', name: 'Ben', role: 'legal' });
    expect(ceo.welcome.token).toBeTruthy();
    expect(JSON.stringify(legal.welcome)).not.toContain(facilitator.welcome.secret!);

    legal.room.send('intent', { nonce: 1, at: 1, kind: 'choose', choice: 'notify_now' });
    await until('refusal', () => legal.refused.length === 1);
    expect(legal.refused[0]!.reason).toMatch(/decider/);

    const proposals: unknown[] = collect(ceo.room, 'proposals');
    legal.room.send('intent', { nonce: 2, at: 1, kind: 'propose', choice: 'notify_now' });
    await until('proposal', () => proposals.length === 1);

    ceo.room.send('intent', { nonce: 1, at: 1, kind: 'choose', choice: 'notify_now' });
    await until('the ack', () => ceo.acks.length > 0 || ceo.refused.length > 0);
    expect(ceo.refused).toEqual([]);
    await until('the entry everywhere', () => ceo.entries.length === 1 && legal.entries.length === 1 && facilitator.entries.length === 1);
    expect(ceo.entries[0]!.entry.event).toEqual({ type: 'player.choose', choice: 'notify_now' });
    expect(ceo.acks).toContainEqual({ nonce: 1, seq: 1 });

    const stored = await openSqliteStore(joinPath(data, 'live.sqlite')).readLogs(code);
    expect(stored.get('Blue')!.map((entry) => entry.event.type)).toEqual(['session.start', 'player.choose']);
  });

  it('refuses hostile messages with a reason and changes nothing', async () => {
    const facilitator = await join(live, 'create', { scenario: 'tutorial' });
    const code = facilitator.welcome.code;
    const player = await join(live, 'joinOrCreate', { code, team: 'Red' });

    const hostile: [string, unknown][] = [
      ['intent', { nonce: 1, at: 1, kind: 'choose', choice: 'notify_now', team: 'Blue' }],
      ['intent', { nonce: 2, at: 1, kind: 'choose', choice: 'x'.repeat(500) }],
      ['intent', 'choose notify_now'],
      ['intent', { nonce: 3, at: 0, kind: 'choose', choice: 'notify_now' }],
      ['intent', { nonce: 4, at: 1, kind: 'choose', choice: 'no_such_choice' }],
      ['console', { nonce: 5, team: 'Red', command: { kind: 'end' } }],
      ['decider', { nonce: 6, team: 'Red', participant: 'abc' }],
      ['sneaky', { nonce: 7 }],
    ];
    for (const [type, message] of hostile) player.room.send(type, message);
    await until('every refusal', () => player.refused.length === hostile.length);
    const reasons = player.refused.map((refusal) => refusal.reason);
    // The unknown choice is refused by the engine, after the team's queue: it comes last.
    expect(reasons).toEqual([
      'the message must NOT have additional properties (team)',
      // The field in words, its JSON path kept in the values for logs.
      'the choice must NOT have more than 100 characters',
      'the message must be object',
      "out of turn: the team's log has 1 events, not 0",
      'only the facilitator uses the console',
      'only the facilitator sets a team’s decider',
      "unknown message type 'sneaky'",
      "'no_such_choice' is not a choice at beat 'alert'",
    ]);
    // Each carries its code and values, so a page words it in its own language (issue #20).
    expect(player.refused.map((refusal) => [(refusal as { code?: string }).code, (refusal as { values?: unknown }).values])).toEqual([
      ['invalidMessage', { detail: 'the message must NOT have additional properties (team)', field: '', rule: 'additionalProperties', property: 'team' }],
      ['invalidMessage', { detail: 'the choice must NOT have more than 100 characters', field: '/choice', rule: 'maxLength', limit: '100' }],
      ['invalidMessage', { detail: 'the message must be object', field: '', rule: 'notObject' }],
      ['outOfTurn', { length: '1', at: '0' }],
      ['onlyFacilitatorConsole', {}],
      ['onlyFacilitatorDecider', {}],
      ['unknownMessage', { type: 'sneaky' }],
      ['notAChoice', { choice: 'no_such_choice', beat: 'alert' }],
    ]);

    player.room.send('intent', { nonce: 8, at: 1, kind: 'choose', choice: 'notify_now' });
    await until('the real choice', () => player.entries.length === 1);
    player.room.send('intent', { nonce: 8, at: 2, kind: 'continue' });
    await until('the replay refused', () => player.refused.length === hostile.length + 1);
    expect(player.refused.at(-1)!.reason).toMatch(/replayed/);
    expect(player.entries).toHaveLength(1);
  });

  it('refuses forged identities and unknown codes at the door', async () => {
    const facilitator = await join(live, 'create', { scenario: 'tutorial' });
    const code = facilitator.welcome.code;
    await expect(live.sdk.joinOrCreate('exercise', { code, secret: 'not-the-secret' })).rejects.toThrow(/facilitator link is not valid/);
    await expect(live.sdk.joinOrCreate('exercise', { code, token: 'forged-token' })).rejects.toThrow(/not known in this session/);
    await expect(live.sdk.joinOrCreate('exercise', { code: 'ABCDEFGHJK', team: 'Red' })).rejects.toThrow(/No session has the code ABCDEFGHJK/);
    await expect(live.sdk.joinOrCreate('exercise', { code, team: 'Red', role: 'janitor' })).rejects.toThrow(/no role 'janitor'/);
    await expect(live.sdk.create('exercise', { scenario: 'nope' })).rejects.toThrow(/no shipped scenario 'nope'/);
    await expect(live.sdk.create('exercise', { source: 'meta: [' })).rejects.toThrow(/error/);
    // Each arrives coded, at the door (onAuth) and in the room (onJoin), for the page to word (issue #20).
    const refusalOf = (error: unknown) => ({ status: (error as { code?: number }).code, ...JSON.parse((error as Error).message) });
    expect(await live.sdk.joinOrCreate('exercise', { code: 'ABCDEFGHJK', team: 'Red' }).catch(refusalOf)).toEqual({
      status: 404,
      reason: 'No session has the code ABCDEFGHJK: check it with the facilitator.',
      code: 'noSession',
      values: { code: 'ABCDEFGHJK' },
    });
    expect(await live.sdk.joinOrCreate('exercise', { code, team: 'Red', role: 'janitor' }).catch(refusalOf)).toMatchObject({ code: 'joinNoRole', values: { role: 'janitor' } });
    // A broken file's errors come as data, with their lines, for the page to word (issue #20).
    expect(await live.sdk.create('exercise', { source: 'meta: [' }).catch(refusalOf)).toMatchObject({
      status: 422,
      code: 'scenarioErrors',
      values: { count: '1', more: '0' },
      diagnostics: [{ code: 'CR103', line: 1, col: 8, words: [{ key: 'yaml.BAD_INDENT' }, { key: 'hint.indentOrBracket' }] }],
    });
  });

  it('restores a session from the store after the server is gone: logs, teams and the facilitator', async () => {
    const facilitator = await join(live, 'create', { scenario: 'tutorial' });
    const { code, secret } = facilitator.welcome;
    const player = await join(live, 'joinOrCreate', { code, team: 'Green' });
    player.room.send('intent', { nonce: 1, at: 1, kind: 'choose', choice: 'notify_now' });
    await until('the stored choice', () => player.entries.length === 1);
    // The room goes away as it would with its process; the next join with the code rebuilds it.
    await live.getRoomById(player.room.roomId).disconnect();
    await until('the room gone', () => !live.server.transport || live.getRoomById(player.room.roomId) === undefined);
    const back = await live.sdk.joinOrCreate('exercise', { code, token: player.welcome.token });
    const logsSent = back.waitForMessage('logs');
    back.send('hello', {});
    const logs = (await logsSent) as { logs: Record<string, LogEntry[]> };
    expect(logs.logs.Green!.map((entry) => entry.event.type)).toEqual(['session.start', 'player.choose']);
    const console = await join(live, 'joinOrCreate', { code, secret });
    expect(console.welcome.kind).toBe('facilitator');
    expect(console.welcome.secret).toBeUndefined();
  });

  it('gives the facilitator the console for one team or all, and the choice of decider', async () => {
    const facilitator = await join(live, 'create', { scenario: 'tutorial' });
    const code = facilitator.welcome.code;
    const red = await join(live, 'joinOrCreate', { code, team: 'Red', name: 'Ana' });
    const redTwo = await join(live, 'joinOrCreate', { code, team: 'Red', name: 'Ben' });
    const blue = await join(live, 'joinOrCreate', { code, team: 'Blue' });

    facilitator.room.send('console', { nonce: 1, team: '*', command: { kind: 'pause' } });
    await until('both paused', () => red.entries.length === 1 && blue.entries.length === 1);
    expect(blue.entries[0]!.entry.event).toEqual({ type: 'session.pause' });
    facilitator.room.send('console', { nonce: 2, team: 'Red', command: { kind: 'note', text: 'Ana argued for candour' } });
    await until('the note', () => red.entries.length === 2);
    expect(blue.entries).toHaveLength(1);
    facilitator.room.send('console', { nonce: 3, team: 'Red', command: { kind: 'extend', seconds: 100_000 } });
    await until('the refusal', () => facilitator.refused.length === 1);
    expect(facilitator.refused[0]!.reason).toMatch(/^the command/);

    // Ben becomes the decider; Ana now only proposes.
    facilitator.room.send('decider', { nonce: 4, team: 'Red', participant: redTwo.welcome.you!.id });
    await until('the ack', () => facilitator.acks.some((ack) => (ack as { nonce: number }).nonce === 4));
    facilitator.room.send('console', { nonce: 5, team: 'Red', command: { kind: 'resume' } });
    await until('resumed', () => red.entries.length === 3);
    red.room.send('intent', { nonce: 1, at: 4, kind: 'choose', choice: 'notify_now' });
    await until('Ana refused', () => red.refused.length === 1);
    expect(red.refused[0]!.reason).toMatch(/decider/);
    redTwo.room.send('intent', { nonce: 1, at: 4, kind: 'choose', choice: 'notify_now' });
    await until('Ben commits', () => red.entries.length === 4);

    // A member picks a declared role; an undeclared one is refused.
    red.room.send('role', { nonce: 2, role: 'legal' });
    red.room.send('role', { nonce: 3, role: 'janitor' });
    await until('the role refusal', () => red.refused.length === 2);
    expect(red.refused[1]!.reason).toMatch(/no role 'janitor'/);
  });
});
