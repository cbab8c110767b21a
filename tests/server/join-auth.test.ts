import { describe, expect, it } from 'vitest';
import { authenticateJoin } from '../../src/server/join-auth.ts';
import { createRateLimiter } from '../../src/server/rate-limit.ts';
import { createJoinCode, hashSecret } from '../../src/server/secrets.ts';
import { memoryStore } from './fake-store.ts';

describe('join authentication', () => {
  it('rate-limits join attempts per address, so codes cannot be guessed at speed', async () => {
    const store = await memoryStore();
    let now = 0;
    const limiter = createRateLimiter(3, 1 / 6, () => now);
    const guess = (ip: string) => authenticateJoin(store, limiter, { code: createJoinCode(), team: 'X' }, ip).then(() => 'joined', (error: Error) => error.message);
    const results = [await guess('10.0.0.1'), await guess('10.0.0.1'), await guess('10.0.0.1'), await guess('10.0.0.1')];
    expect(results.slice(0, 3).every((result) => /No session has the code/.test(result))).toBe(true);
    expect(results[3]).toMatch(/Too many attempts to join from this address/);
    expect(await guess('10.0.0.2')).toMatch(/No session has the code/);
    now += 6000;
    expect(await guess('10.0.0.1')).toMatch(/No session has the code/);
  });

  it('tells a facilitator, a returning participant and a newcomer apart, and refuses forgeries', async () => {
    const store = await memoryStore();
    const limiter = createRateLimiter(100, 1);
    const code = createJoinCode();
    await store.createSession({ code, source: '', scenarioId: 't', facilitatorHash: hashSecret('the-secret'), seed: 1, created: 0, ended: false });
    await store.saveParticipant({ code, tokenHash: hashSecret('ana-token'), team: 'Red', name: 'Ana', role: null, decider: true });
    const ask = (options: unknown) => authenticateJoin(store, limiter, options, 'ip');
    await expect(ask({ code, secret: 'the-secret' })).resolves.toEqual({ kind: 'facilitator', code });
    await expect(ask({ code, token: 'ana-token' })).resolves.toMatchObject({ kind: 'participant', participant: { name: 'Ana' } });
    await expect(ask({ code, team: ' Blue ' })).resolves.toEqual({ kind: 'newcomer', code, team: 'Blue', name: 'Blue', role: null });
    await expect(ask({ code, secret: 'the-secreT' })).rejects.toThrow(/facilitator link is not valid/);
    await expect(ask({ code: code.toLowerCase(), team: 'Red' })).rejects.toThrow(/10 letters and digits/);
    await expect(ask({ code, team: 'Red', admin: true })).rejects.toThrow(/must NOT have additional properties \(admin\)/);
    await expect(ask({ code, team: 'x'.repeat(41) })).rejects.toThrow(/the team must NOT have more than 40 characters/);
    await expect(ask({ scenario: 'tutorial', code })).rejects.toThrow(/not both/);
  });
});
