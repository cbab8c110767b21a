/**
 * A refused join in the live page's language (issue #20): the server sends each join refusal as
 * a code and values (src/server/join-refusals.ts) inside the one message Colyseus carries, and the
 * page words it: word for word the server's English on an English page, Korean on a Korean one,
 * with no Latin word left but what the refusal names (a join code, a role, a field).
 */
import { afterAll, describe, expect, it } from 'vitest';
import live from '../../../src/i18n/locales/en/live.json';
import { joinError, JOIN_REFUSED, type JoinRefusal } from '../../../src/server/join-refusals';
import { schemaError, validateJoin } from '../../../src/server/messages';
import { addPageEnglish, useLanguage } from '../../../src/ui/lang/ui-language';
import { describe as describeError, openLink, type JoinClient } from '../../../src/ui/live/connection';
import { joinRefusal } from '../../../src/ui/live/refused';

addPageEnglish({ live });
// useLanguage sets the page's lang attribute: the unit project has no DOM, so it gets a stand-in.
const hadDocument = 'document' in globalThis;
if (!hadDocument) Object.assign(globalThis, { document: { documentElement: {} } });
afterAll(() => {
  if (!hadDocument) Reflect.deleteProperty(globalThis, 'document');
});

/** The error colyseus.js throws for a refused join: the server's status and its message. */
function asClientSees(refused: JoinRefusal): Error {
  const error = joinError(refused);
  return Object.assign(new Error(error.message), { name: 'MatchMakeError', code: error.code });
}

function refusals(): JoinRefusal[] {
  validateJoin({ code: 'ABCDEFGHJK', team: 'x'.repeat(41) });
  const tooLong = JOIN_REFUSED.joinInvalid(schemaError(validateJoin));
  return [
    JOIN_REFUSED.noSession('ABCDEFGHJK'),
    JOIN_REFUSED.facilitatorLink,
    JOIN_REFUSED.unknownDevice,
    JOIN_REFUSED.sessionEnded,
    JOIN_REFUSED.joinNoRole('janitor'),
    JOIN_REFUSED.joinTooOften,
    tooLong,
  ];
}

const latinLeft = (text: string, values: Readonly<Record<string, string>>): string[] => {
  const named = new Set(Object.values(values).flatMap((v) => v.match(/[A-Za-z]{3,}/g) ?? []));
  return (text.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => !named.has(word));
};

describe('a refused join on the live page', () => {
  it('reads the refusal from the message Colyseus carries, and nothing else as one', () => {
    expect(joinRefusal(joinError(JOIN_REFUSED.noSession('ABCDEFGHJK')).message)).toEqual({
      reason: 'No session has the code ABCDEFGHJK: check it with the facilitator.',
      code: 'noSession',
      values: { code: 'ABCDEFGHJK' },
    });
    for (const other of ['seat reservation expired.', '{not json', '{"code":"noSession"}', '{"reason":"x","values":{"a":1}}', '[]']) expect(joinRefusal(other), other).toBeNull();
  });

  it('says it in English word for word as the server does', async () => {
    await useLanguage('en');
    for (const refused of refusals()) expect(describeError(asClientSees(refused), 'http://server')).toBe(refused.refusal.text);
  });

  it('says it in Korean on a Korean page', async () => {
    await useLanguage('ko');
    for (const refused of refusals()) {
      const said = describeError(asClientSees(refused), 'http://server');
      expect(said, refused.refusal.code).toMatch(/[가-힣]/);
      expect(latinLeft(said, refused.refusal.values), said).toEqual([]);
    }
    // The first join fails with the same words: the page shows the error's message.
    const stand = { joinOrCreate: async () => Promise.reject(asClientSees(JOIN_REFUSED.noSession('ABCDEFGHJK'))) } as unknown as JoinClient;
    const link = openLink({ endpoint: 'http://server', client: stand, first: { method: 'joinOrCreate', options: {} }, rejoin: () => null, on: {}, onStatus: () => undefined });
    await expect(link).rejects.toThrow('참가 코드가 ABCDEFGHJK인 세션이 없습니다. 진행자에게 코드를 확인하십시오.');
    await useLanguage('en');
  });
});
