/**
 * Who controls a session: the projector grants one console a lease that its heartbeats keep
 * renewing. A console that closes says goodbye and the lease is free at once; one that crashes
 * or is frozen stops beating and the lease lapses after `LEASE_MS`. Either way the next console
 * to beat takes over, so control passes on without anyone having to ask for it.
 *
 * Pure: time comes in as an argument, so the rules are unit-tested without waiting.
 */

/** How often a console renews its lease and the projector announces itself. */
export const HEARTBEAT_MS = 1000;
/** A lease not renewed within this long lapses; also how long a silent peer counts as gone. */
export const LEASE_MS = 3500;
/**
 * After the projector window (re)starts, how long only a console that held control may take it:
 * long enough for every live console to have beaten once.
 */
export const REGRANT_GRACE_MS = 1500;

export interface Lease {
  readonly holder: string | null;
  readonly expiresAt: number;
  /** When the projector's lease table began; see `claim`. */
  readonly since: number;
}

export function newLease(now: number): Lease {
  return { holder: null, expiresAt: 0, since: now };
}

/** The console in control at `now`, or null when none is (or its lease lapsed). */
export function holderAt(lease: Lease, now: number): string | null {
  return lease.holder !== null && now < lease.expiresAt ? lease.holder : null;
}

/**
 * A console's heartbeat. The holder renews; anyone else takes a free lease. `holds` says the
 * console believed it was in control: when the projector window has just been reloaded, its lease
 * table is empty, and for a moment (`REGRANT_GRACE_MS`) only a console that held control before may take it,
 * so a reload does not hand control to a read-only console that happened to beat first.
 */
export function claim(lease: Lease, console: string, holds: boolean, now: number): Lease {
  const holder = holderAt(lease, now);
  if (holder !== null && holder !== console) return lease;
  if (holder === null && !holds && now < lease.since + REGRANT_GRACE_MS) return lease;
  return { ...lease, holder: console, expiresAt: now + LEASE_MS };
}

/** A console said goodbye: if it held the lease, the lease is free now. */
export function release(lease: Lease, console: string): Lease {
  return lease.holder === console ? { ...lease, holder: null, expiresAt: 0 } : lease;
}
