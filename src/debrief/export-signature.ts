/**
 * Signed debrief exports (issue #17, point 4): the one module that holds the crypto. The
 * facilitator's key is an ECDSA P-256 pair made with Web Crypto (the same API in Chromium,
 * Firefox and Node 20); an export made while the key is at hand carries a signature over its
 * canonical JSON, and anyone holding the export can tell "signed by <fingerprint>" from
 * "unsigned" and from "signature does not match" (changed after it was signed). The fingerprint
 * is the key's RFC 7638 thumbprint, so a training lead compares it with the one the facilitator
 * published, or checks the export against the public key file itself.
 *
 * A signature says who made the export and that it is untouched since; the score itself is still
 * only ever the one its save replays to (verify.ts).
 */

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;
export const SIGNATURE_ALGORITHM = 'ES256';
/** The public key file a facilitator hands to a training lead. */
export const PUBLIC_KEY_FORMAT = 'crisis-room-public-key';

/** A P-256 public key as a JWK: only the members its thumbprint covers. */
export interface PublicJwk {
  readonly kty: 'EC';
  readonly crv: 'P-256';
  readonly x: string;
  readonly y: string;
}

/** What an export carries beside its report: who signed it, and the signature over the rest. */
export interface ExportSignature {
  readonly algorithm: typeof SIGNATURE_ALGORITHM;
  readonly publicKey: PublicJwk;
  readonly value: string;
}

export interface FacilitatorKey {
  readonly privateKey: CryptoKey;
  readonly publicKey: PublicJwk;
  readonly fingerprint: string;
}

export type SignatureCheck =
  | { readonly status: 'unsigned' }
  | { readonly status: 'signed'; readonly fingerprint: string }
  | { readonly status: 'mismatch'; readonly fingerprint: string | null; readonly reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * The canonical JSON of a JSON value (RFC 8785's form for values read from JSON: members sorted
 * by UTF-16 code units, no spaces, numbers and strings as JSON.stringify writes them), so a
 * signature survives re-indenting and reordering but no change of content.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).filter((key) => value[key] !== undefined).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function isPublicJwk(value: unknown): value is PublicJwk {
  return (
    isObject(value) &&
    value.kty === 'EC' &&
    value.crv === 'P-256' &&
    typeof value.x === 'string' &&
    typeof value.y === 'string' &&
    BASE64URL.test(value.x) &&
    BASE64URL.test(value.y)
  );
}

const publicOf = (jwk: JsonWebKey): PublicJwk => ({ kty: 'EC', crv: 'P-256', x: jwk.x ?? '', y: jwk.y ?? '' });

/** The RFC 7638 thumbprint, as 16 groups of 4 hex digits cut to the first 8: "3f2a 9c1b …". */
export async function fingerprintOf(key: PublicJwk): Promise<string> {
  const members = canonicalJson({ crv: key.crv, kty: key.kty, x: key.x, y: key.y });
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(members)));
  const hex = Array.from(digest.subarray(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return hex.match(/.{4}/g)?.join(' ') ?? hex;
}

/** A new facilitator key. */
export async function createFacilitatorKey(): Promise<FacilitatorKey> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const publicKey = publicOf(await crypto.subtle.exportKey('jwk', pair.publicKey));
  return { privateKey: pair.privateKey, publicKey, fingerprint: await fingerprintOf(publicKey) };
}

/** The key as text to keep in the browser's storage (the private JWK). */
export async function storedKeyText(key: FacilitatorKey): Promise<string> {
  return JSON.stringify(await crypto.subtle.exportKey('jwk', key.privateKey));
}

/** A key kept by `storedKeyText`, or null when the text is not one. */
export async function readStoredKey(text: string): Promise<FacilitatorKey | null> {
  let jwk: unknown;
  try {
    jwk = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isPublicJwk(jwk) || typeof (jwk as { d?: unknown }).d !== 'string') return null;
  try {
    const privateKey = await crypto.subtle.importKey('jwk', jwk as JsonWebKey, ALGORITHM, true, ['sign']);
    const publicKey = publicOf(jwk);
    return { privateKey, publicKey, fingerprint: await fingerprintOf(publicKey) };
  } catch {
    return null;
  }
}

/** The public key file for a training lead: format, fingerprint and the key. */
export function publicKeyFile(key: FacilitatorKey): string {
  return JSON.stringify({ format: PUBLIC_KEY_FORMAT, fingerprint: key.fingerprint, key: key.publicKey }, null, 2) + '\n';
}

/** The public key in a file made by `publicKeyFile`, or a message saying what is wrong. */
export function readPublicKeyFile(text: string): { ok: true; key: PublicJwk } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'the public key file is not JSON' };
  }
  if (!isObject(data) || data.format !== PUBLIC_KEY_FORMAT) return { ok: false, message: `not a public key file: "format" should be "${PUBLIC_KEY_FORMAT}"` };
  if (!isPublicJwk(data.key)) return { ok: false, message: 'the public key file holds no P-256 public key under "key"' };
  return { ok: true, key: data.key };
}

const toBase64Url = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The export (the report's JSON object) with its signature added, as the JSON file's text. */
export async function signExport(exported: Readonly<Record<string, unknown>>, key: FacilitatorKey): Promise<string> {
  const { signature: _old, ...unsigned } = exported;
  const bytes = new TextEncoder().encode(canonicalJson(unsigned));
  const value = toBase64Url(new Uint8Array(await crypto.subtle.sign(SIGN, key.privateKey, bytes)));
  const signature: ExportSignature = { algorithm: SIGNATURE_ALGORITHM, publicKey: key.publicKey, value };
  return JSON.stringify({ ...unsigned, signature }, null, 2) + '\n';
}

/**
 * Whether an export (its text or parsed value) is signed, and whether the signature holds over
 * everything else in it. With `trusted`, a valid signature by any other key does not match.
 */
export async function checkExportSignature(input: unknown, trusted?: PublicJwk): Promise<SignatureCheck> {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      return { status: 'unsigned' };
    }
  }
  if (!isObject(data) || data.signature === undefined) return { status: 'unsigned' };
  const { signature, ...unsigned } = data;
  const mismatch = (fingerprint: string | null, reason: string): SignatureCheck => ({ status: 'mismatch', fingerprint, reason });
  if (!isObject(signature) || signature.algorithm !== SIGNATURE_ALGORITHM || !isPublicJwk(signature.publicKey)) {
    return mismatch(null, `its signature is not an ${SIGNATURE_ALGORITHM} signature with a P-256 public key`);
  }
  const fingerprint = await fingerprintOf(signature.publicKey);
  if (typeof signature.value !== 'string' || !BASE64URL.test(signature.value)) return mismatch(fingerprint, 'its signature value is not base64url');
  if (trusted && fingerprint !== (await fingerprintOf(trusted))) {
    return mismatch(fingerprint, `it was signed by key ${fingerprint}, not by the key given (${await fingerprintOf(trusted)})`);
  }
  let holds: boolean;
  try {
    const key = await crypto.subtle.importKey('jwk', { ...signature.publicKey, ext: true }, ALGORITHM, false, ['verify']);
    holds = await crypto.subtle.verify(SIGN, key, fromBase64Url(signature.value), new TextEncoder().encode(canonicalJson(unsigned)));
  } catch {
    return mismatch(fingerprint, 'its signature key cannot be read');
  }
  return holds ? { status: 'signed', fingerprint } : mismatch(fingerprint, 'it was changed after it was signed');
}

/** The check in words, the same for the CLI, the viewer and the comparison. */
export function signatureWords(check: SignatureCheck): string {
  switch (check.status) {
    case 'unsigned':
      return 'unsigned';
    case 'signed':
      return `signed by ${check.fingerprint}`;
    case 'mismatch':
      return `signature does not match: ${check.reason}`;
  }
}
