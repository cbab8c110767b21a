/**
 * A participant's intent (propose, choose or continue), from its arrival to its answer: who sent
 * it and what it says are checked, the engine judges it, the event is stored, and only then is it
 * acknowledged (the team runner broadcasts each entry once it is stored). A proposal is stored
 * before it is acknowledged too, so a restarted server shows it again.
 */
import type { Client } from '@colyseus/core';
import { refuse, sendTo, type Who } from './audience.ts';
import { schemaError, validateIntent, type Intent } from './messages.ts';
import { recordIntent } from './metrics.ts';
import { nonceOf, type Nonces } from './nonces.ts';
import type { Proposals } from './proposals.ts';
import type { RateLimiter } from './rate-limit.ts';
import { REFUSED } from './refusals.ts';
import type { Roster } from './roster.ts';
import type { TeamRunner } from './team-runner.ts';

/** What of the room the intent path reads. */
export interface IntentRoom {
  readonly code: string;
  readonly clients: Iterable<Client<Who>>;
  readonly runners: ReadonlyMap<string, TeamRunner>;
  readonly roster: Roster;
  readonly proposals: Proposals;
  readonly messageLimiter: RateLimiter;
  readonly nonces: Nonces;
}

export async function receiveIntent(room: IntentRoom, client: Client<Who>, message: unknown): Promise<void> {
  const who = client.userData;
  const nonce = nonceOf(message);
  if (who?.kind !== 'participant') return refuse(client, nonce, REFUSED.onlyMemberIntents);
  if (!room.messageLimiter.take(who.id)) return refuse(client, nonce, REFUSED.tooMany);
  if (!validateIntent(message)) return refuse(client, nonce, REFUSED.invalidMessage(schemaError(validateIntent)));
  if (!room.nonces.fresh(who.id, message.nonce)) return refuse(client, nonce, REFUSED.replayed);
  const runner = room.runners.get(who.team);
  if (!runner) return refuse(client, nonce, REFUSED.noRun);
  if (message.at !== runner.log().length) return refuse(client, nonce, REFUSED.outOfTurn(runner.log().length, message.at));
  if (message.kind === 'propose') return propose(room, client, who, message, runner);
  if (!room.roster.get(who.id)?.decider) return refuse(client, nonce, REFUSED.deciderOnly);
  const event = message.kind === 'choose' ? { type: 'player.choose' as const, choice: message.choice ?? '' } : { type: 'player.continue' as const };
  const arrived = performance.now();
  const applied = await runner.apply(event);
  // Stored and broadcast by now (the runner broadcasts each entry once it is stored).
  if (applied.ok) recordIntent(performance.now() - arrived, applied.phases);
  if (applied.ok) client.send('ack', { nonce, seq: applied.entry.seq });
  else refuse(client, nonce, applied.refusal);
}

async function propose(room: IntentRoom, client: Client<Who>, who: { id: string; team: string }, message: Intent, runner: TeamRunner): Promise<void> {
  const choice = message.choice ?? '';
  const refusal = runner.session().rules.refusal(runner.session().state(), { type: 'player.choose', choice });
  if (refusal !== null) return refuse(client, message.nonce, refusal);
  const at = runner.log().length;
  try {
    await room.proposals.put({ code: room.code, team: who.team, participant: who.id, at, choice });
  } catch (error) {
    return refuse(client, message.nonce, REFUSED.notStored(error));
  }
  client.send('ack', { nonce: message.nonce, seq: null });
  sendTo(room.clients, who.team, 'proposals', { team: who.team, at, proposals: room.proposals.open(who.team, at) });
}
