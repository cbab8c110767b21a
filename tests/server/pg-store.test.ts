/**
 * The PostgreSQL store's grouped writes against a real server. Needs DATABASE_URL (`eval "$(bash
 * scripts/live-services.sh)"`; .ci/run does it); skipped without it, failing under CI.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/engine/types.ts';
import { openPgStore } from '../../src/server/pg-store.ts';
import type { LiveStore } from '../../src/server/store.ts';

const { DATABASE_URL, CI } = process.env;
if (!DATABASE_URL && CI) throw new Error('DATABASE_URL must be set under CI: .ci/run starts PostgreSQL (scripts/live-services.sh).');

const entry = (seq: number): LogEntry => ({ seq, event: { type: 'player.continue' } }) as unknown as LogEntry;
const stores: LiveStore[] = [];
afterAll(async () => {
  for (const store of stores) await store.close();
});

describe.skipIf(!DATABASE_URL)('the PostgreSQL store (group commit)', () => {
  it('stores a burst of events, participants and proposals made at once, each as made', async () => {
    const store = await openPgStore(DATABASE_URL!);
    stores.push(store);
    const code = randomUUID();
    await Promise.all([
      ...['Red', 'Blue', 'Green'].map((team) => store.append(code, team, [entry(0), entry(1)])),
      store.saveParticipant({ code, tokenHash: 'ana', team: 'Red', name: 'Ana', role: null, decider: true }),
      store.saveParticipant({ code, tokenHash: 'ana', team: 'Red', name: 'Ana', role: 'legal', decider: true }),
      store.saveParticipant({ code, tokenHash: 'bo', team: 'Red', name: 'Bo', role: null, decider: false }),
      store.saveProposal({ code, team: 'Red', participant: 'bo', at: 1, choice: 'wait' }),
      store.saveProposal({ code, team: 'Red', participant: 'bo', at: 1, choice: 'notify_now' }),
    ]);
    const logs = await store.readLogs(code);
    expect([...logs.keys()].sort()).toEqual(['Blue', 'Green', 'Red']);
    expect(logs.get('Red')!.map((stored) => stored.seq)).toEqual([0, 1]);
    // The later write of the same row wins, and the join order is kept.
    expect((await store.listParticipants(code)).map((p) => [p.name, p.role])).toEqual([
      ['Ana', 'legal'],
      ['Bo', null],
    ]);
    expect((await store.listProposals(code)).map((p) => p.choice)).toEqual(['notify_now']);
  });

  it('refuses an event whose seq the team already has, and only that one, in the same burst', async () => {
    const store = await openPgStore(DATABASE_URL!);
    stores.push(store);
    const code = randomUUID();
    await store.append(code, 'Red', [entry(0)]);
    const results = await Promise.allSettled([store.append(code, 'Red', [entry(0), entry(1)]), store.append(code, 'Blue', [entry(0)]), store.saveProposal({ code, team: 'Blue', participant: 'cy', at: 1, choice: 'wait' })]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    const logs = await store.readLogs(code);
    // All or none: the refused write's seq 1 was not stored either.
    expect(logs.get('Red')!.map((stored) => stored.seq)).toEqual([0]);
    expect(logs.get('Blue')!.map((stored) => stored.seq)).toEqual([0]);
  });
});
