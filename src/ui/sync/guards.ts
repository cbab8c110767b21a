/**
 * Small structural checks for data that arrives from another window. A message is plain data
 * after structured cloning, but nothing guarantees its shape: another version of the app, another
 * tab or a stray script on the origin may post anything on the channel.
 */

export type Check<T> = (value: unknown) => value is T;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isString(value: unknown): value is string {
  return typeof value === 'string';
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function isInteger(value: unknown): value is number {
  return Number.isSafeInteger(value);
}

export function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

/** Ids in scenarios are snake_case (docs/scenario-format.md). */
export const SCENARIO_ID = /^[a-z][a-z0-9_]*$/;

export function isScenarioId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 200 && SCENARIO_ID.test(value);
}

export function arrayOf<T>(check: Check<T>): Check<readonly T[]> {
  return (value: unknown): value is readonly T[] => Array.isArray(value) && value.every(check);
}

export function recordOf<T>(check: Check<T>): Check<Readonly<Record<string, T>>> {
  return (value: unknown): value is Readonly<Record<string, T>> =>
    isRecord(value) && Object.values(value).every(check);
}

export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value: unknown): value is T | undefined => value === undefined || check(value);
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value: unknown): value is T | null => value === null || check(value);
}

/** Checks each listed field of an object; other fields are allowed and ignored. */
export function shape<T>(fields: { readonly [K in keyof T]-?: Check<T[K]> }): Check<T> {
  const entries = Object.entries(fields) as [string, Check<unknown>][];
  return (value: unknown): value is T =>
    isRecord(value) && entries.every(([key, check]) => check(value[key]));
}
