/**
 * Who a join request is, decided before any room is found or made (Colyseus's static onAuth):
 * the options are checked against their schema, each address is rate-limited, and a code, a
 * facilitator secret or a participant token must name something the store holds. Every refusal
 * says what is wrong; none says whether a secret was close.
 */
import { ServerError } from '@colyseus/core';
import { schemaError, validateJoin, type JoinOptions } from './messages.ts';
import type { RateLimiter } from './rate-limit.ts';
import { hashSecret, isJoinCode, projectorKeyMatches, secretMatches } from './secrets.ts';
import type { LiveStore, ParticipantRecord } from './store.ts';

export type Joiner =
  | { readonly kind: 'creator' }
  | { readonly kind: 'facilitator'; readonly code: string }
  | { readonly kind: 'projector'; readonly code: string }
  | { readonly kind: 'participant'; readonly code: string; readonly participant: ParticipantRecord }
  | { readonly kind: 'newcomer'; readonly code: string; readonly team: string; readonly name: string; readonly role: string | null };

export async function authenticateJoin(store: LiveStore, limiter: RateLimiter, raw: unknown, ip: string): Promise<Joiner> {
  if (!limiter.take(ip)) throw new ServerError(429, 'Too many attempts to join from this address: wait a minute, then try again.');
  if (!validateJoin(raw)) throw new ServerError(400, `The join request was refused: ${schemaError(validateJoin)}.`);
  const options: JoinOptions = raw;
  if (options.scenario !== undefined || options.source !== undefined) {
    if (options.code !== undefined) throw new ServerError(400, 'A join request either starts a session (scenario) or joins one (code), not both.');
    return { kind: 'creator' };
  }
  if (options.code === undefined) throw new ServerError(400, 'Type the join code the facilitator shows.');
  if (!isJoinCode(options.code)) throw new ServerError(400, 'A join code is 10 letters and digits, as the facilitator shows it.');
  const code = options.code;
  const session = await store.findSession(code);
  if (!session) throw new ServerError(404, `No session has the code ${code}: check it with the facilitator.`);
  if (options.secret !== undefined) {
    if (!secretMatches(options.secret, session.facilitatorHash)) throw new ServerError(403, 'This facilitator link is not valid for this session.');
    return { kind: 'facilitator', code };
  }
  if (options.projector !== undefined) {
    if (!projectorKeyMatches(options.projector, session.facilitatorHash)) throw new ServerError(403, 'This projector link is not valid for this session.');
    return { kind: 'projector', code };
  }
  if (options.token !== undefined) {
    const participant = await store.findParticipant(code, hashSecret(options.token));
    if (!participant) throw new ServerError(403, 'This device is not known in this session: join again with your team name.');
    return { kind: 'participant', code, participant };
  }
  if (options.team === undefined) throw new ServerError(400, 'Type your team name.');
  const team = options.team.trim();
  return { kind: 'newcomer', code, team, name: options.name?.trim() ?? team, role: options.role ?? null };
}
