import { describe, expect, it } from 'vitest';
import { buildReport, toJson, verifiedExport } from '../../src/debrief/index';
import {
  canonicalJson,
  checkExportSignature,
  createFacilitatorKey,
  publicKeyFile,
  readPublicKeyFile,
  readStoredKey,
  signatureWords,
  signExport,
  storedKeyText,
} from '../../src/debrief/export-signature';
import { fixtureScenario, playSession } from './play';

const scenario = fixtureScenario('breach-mini');

function greenExport(): Record<string, unknown> {
  const { session, tick } = playSession(scenario, 'Green');
  tick(30);
  session.choose('stay_silent');
  tick(40);
  session.choose('lawyer_up');
  return JSON.parse(toJson(buildReport(scenario, session.save()))) as Record<string, unknown>;
}

describe('signed exports (Web Crypto, ECDSA P-256)', () => {
  it('says "signed by" the key that signed an untouched export, however it is indented', async () => {
    const key = await createFacilitatorKey();
    const signed = await signExport(greenExport(), key);
    expect(key.fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){7}$/);
    expect(await checkExportSignature(signed)).toEqual({ status: 'signed', fingerprint: key.fingerprint });
    const reindented = JSON.stringify(JSON.parse(signed));
    expect(signatureWords(await checkExportSignature(reindented))).toBe(`signed by ${key.fingerprint}`);
    // The signature is about the file: the report rebuilt from its save is the same, with no warning.
    const verified = verifiedExport(scenario, signed);
    expect(verified.ok && verified.report.warnings.some((w) => w.includes('changed after'))).toBe(false);
  });

  it('says the signature does not match once anything in the export is changed', async () => {
    const key = await createFacilitatorKey();
    const signed = JSON.parse(await signExport(greenExport(), key)) as { score: { overall: number }; save: { team: string }; notes: string[] };
    const scored = structuredClone(signed);
    scored.score.overall = 99;
    expect(await checkExportSignature(scored)).toEqual({ status: 'mismatch', fingerprint: key.fingerprint, reason: 'it was changed after it was signed' });
    const renamed = structuredClone(signed);
    renamed.save.team = 'Blue';
    expect(signatureWords(await checkExportSignature(renamed))).toBe('signature does not match: it was changed after it was signed');
  });

  it('says unsigned for an export without a signature, and does not match a forged or broken one', async () => {
    const plain = greenExport();
    expect(await checkExportSignature(plain)).toEqual({ status: 'unsigned' });
    expect(signatureWords({ status: 'unsigned' })).toBe('unsigned');
    const mine = await createFacilitatorKey();
    const other = await createFacilitatorKey();
    // Someone re-signs an edited export with their own key but names the facilitator's key.
    const forged = JSON.parse(await signExport({ ...plain, notes: ['forged'] }, other)) as { signature: Record<string, unknown> };
    forged.signature.publicKey = mine.publicKey;
    expect(await checkExportSignature(forged)).toMatchObject({ status: 'mismatch', fingerprint: mine.fingerprint });
    const garbage = { ...plain, signature: { algorithm: 'ES256', publicKey: mine.publicKey, value: 'not base64!' } };
    expect(await checkExportSignature(garbage)).toMatchObject({ status: 'mismatch', reason: 'its signature value is not base64url' });
    expect(await checkExportSignature({ ...plain, signature: 'yes' })).toMatchObject({ status: 'mismatch', fingerprint: null });
  });

  it('checks against the training lead\u2019s copy of the public key, refusing a valid signature by another key', async () => {
    const mine = await createFacilitatorKey();
    const other = await createFacilitatorKey();
    const file = readPublicKeyFile(publicKeyFile(mine));
    if (!file.ok) throw new Error(file.message);
    const byMe = await signExport(greenExport(), mine);
    const byOther = await signExport(greenExport(), other);
    expect(await checkExportSignature(byMe, file.key)).toEqual({ status: 'signed', fingerprint: mine.fingerprint });
    expect(await checkExportSignature(byOther, file.key)).toMatchObject({ status: 'mismatch', reason: expect.stringContaining('not by the key given') });
    expect(readPublicKeyFile('{"format":"crisis-room-public-key"}')).toEqual({ ok: false, message: 'the public key file holds no P-256 public key under "key"' });
    expect(readPublicKeyFile('nope')).toMatchObject({ ok: false });
  });

  it('keeps the key as text and reads it back to the same signer', async () => {
    const key = await createFacilitatorKey();
    const again = await readStoredKey(await storedKeyText(key));
    expect(again?.fingerprint).toBe(key.fingerprint);
    if (!again) return;
    expect(await checkExportSignature(await signExport(greenExport(), again))).toEqual({ status: 'signed', fingerprint: key.fingerprint });
    expect(await readStoredKey('{"kty":"EC"}')).toBeNull();
    expect(await readStoredKey('not json')).toBeNull();
  });

  it('writes canonical JSON with sorted members and no undefined', () => {
    expect(canonicalJson({ b: [1, 'x', { d: null, c: true }], a: 1.5, u: undefined })).toBe('{"a":1.5,"b":[1,"x",{"c":true,"d":null}]}');
  });
});
