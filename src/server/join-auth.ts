/**
 * Who a join request is, decided before any room is found or made (Colyseus's static onAuth):
 * the options are checked against their schema, each address is rate-limited, and a code, a
 * facilitator secret or a participant token must name something the store holds. Every refusal
 * says what is wrong (coded, join-refusals.ts); none says whether a secret was close.
 */
import { joinError, JOIN_REFUSED } from './join-refusals.ts';
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
  if (!limiter.take(ip)) throw joinError(JOIN_REFUSED.joinTooOften);
  if (!validateJoin(raw)) throw joinError(JOIN_REFUSED.joinInvalid(schemaError(validateJoin)));
  const options: JoinOptions = raw;
  if (options.scenario !== undefined || options.source !== undefined) {
    if (options.code !== undefined) throw joinError(JOIN_REFUSED.startOrJoin);
    return { kind: 'creator' };
  }
  if (options.code === undefined) throw joinError(JOIN_REFUSED.codeMissing);
  if (!isJoinCode(options.code)) throw joinError(JOIN_REFUSED.codeMalformed);
  const code = options.code;
  const session = await store.findSession(code);
  if (!session) throw joinError(JOIN_REFUSED.noSession(code));
  if (options.secret !== undefined) {
    if (!secretMatches(options.secret, session.facilitatorHash)) throw joinError(JOIN_REFUSED.facilitatorLink);
    return { kind: 'facilitator', code };
  }
  if (options.projector !== undefined) {
    if (!projectorKeyMatches(options.projector, session.facilitatorHash)) throw joinError(JOIN_REFUSED.projectorLink);
    return { kind: 'projector', code };
  }
  if (options.token !== undefined) {
    const participant = await store.findParticipant(code, hashSecret(options.token));
    if (!participant) throw joinError(JOIN_REFUSED.unknownDevice);
    return { kind: 'participant', code, participant };
  }
  if (options.team === undefined) throw joinError(JOIN_REFUSED.teamMissing);
  const team = options.team.trim();
  return { kind: 'newcomer', code, team, name: options.name?.trim() ?? team, role: options.role ?? null };
}
