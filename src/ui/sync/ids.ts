/**
 * Ids for the facilitation channel: the per-session channel id that names the BroadcastChannel
 * and goes in the console's URL, and the per-window peer ids of projectors, consoles and commands.
 */

/** A session's channel id: 22 characters of base64url, 128 random bits. */
const CHANNEL_ID = /^[A-Za-z0-9_-]{22}$/;
/** A window's or a command's id: 16 characters of base64url, 96 random bits. */
const PEER_ID = /^[A-Za-z0-9_-]{16}$/;

function randomId(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  let binary = '';
  for (const byte of buffer) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A fresh, unguessable id for a new session's facilitation channel. */
export function createChannelId(): string {
  return randomId(16);
}

export function isChannelId(value: unknown): value is string {
  return typeof value === 'string' && CHANNEL_ID.test(value);
}

export function createPeerId(): string {
  return randomId(12);
}

export function isPeerId(value: unknown): value is string {
  return typeof value === 'string' && PEER_ID.test(value);
}

/** The BroadcastChannel name for a session. */
export function channelName(channelId: string): string {
  return `crisis-room:${channelId}`;
}

/**
 * The console's address for a session, relative to the game page (the app is served from any
 * static path, so the link is built against `base`, normally `location.href`). The game's
 * `?lang=` carries over, so the console shows the scenario in the projector's language.
 */
export function facilitatorUrl(channelId: string, base: string): string {
  const url = new URL('facilitator.html', base);
  const params = new URLSearchParams({ session: channelId });
  const lang = new URL(base).searchParams.get('lang');
  if (lang) params.set('lang', lang);
  url.search = params.toString();
  return url.toString();
}
