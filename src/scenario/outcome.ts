import type { MeterChange, Outcome } from './types.ts';
import { asObject, type Raw } from './read.ts';

/** A meter change as written: `5`, `"+5"`, `"-5"`, `"%+20"`, `"%-20"` or `"=40"`. */
export function parseMeterChange(meter: string, written: unknown): MeterChange | null {
  if (typeof written === 'number')
    return Number.isInteger(written) ? { meter, op: 'add', amount: written } : null;
  if (typeof written !== 'string') return null;
  const add = /^([+-]?)(\d+)$/.exec(written);
  if (add !== null) return { meter, op: 'add', amount: Number(written) };
  const fair = /^%([+-])(\d+(?:\.\d+)?)$/.exec(written);
  if (fair !== null)
    return { meter, op: 'fair', percent: (fair[1] === '-' ? -1 : 1) * Number(fair[2]) };
  const set = /^=(-?\d+)$/.exec(written);
  if (set !== null) return { meter, op: 'set', value: Number(set[1]) };
  return null;
}

/** A `cap` or `floor` map: meter id to a whole number, or undefined when the block has none. */
function readLimits(written: unknown): Record<string, number> | undefined {
  const limits: Record<string, number> = {};
  let any = false;
  for (const [meter, v] of Object.entries(asObject(written))) {
    if (typeof v !== 'number' || !Number.isInteger(v)) continue;
    limits[meter] = v;
    any = true;
  }
  return any ? limits : undefined;
}

/** The `effects`, `set`, `facts`, `cap` and `floor` keys of a block, as one outcome. */
export function readOutcome(block: Raw): Outcome {
  const meters: MeterChange[] = [];
  for (const [meter, written] of Object.entries(asObject(block['effects']))) {
    const change = parseMeterChange(meter, written);
    if (change !== null) meters.push(change);
  }
  const flags: Record<string, boolean> = {};
  for (const [flag, v] of Object.entries(asObject(block['set'])))
    if (typeof v === 'boolean') flags[flag] = v;
  const facts: Record<string, number> = {};
  for (const [fact, v] of Object.entries(asObject(block['facts']))) {
    if (typeof v === 'number' && Number.isFinite(v)) facts[fact] = v;
  }
  const caps = readLimits(block['cap']);
  const floors = readLimits(block['floor']);
  return { meters, flags, facts, ...(caps && { caps }), ...(floors && { floors }) };
}

export const EMPTY_OUTCOME: Outcome = { meters: [], flags: {}, facts: {} };
