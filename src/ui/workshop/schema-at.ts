/**
 * What the scenario's JSON Schema says about a place in the file: the keys a mapping there may
 * have, the words a value may be, and the documentation of each. The same schema the loader checks
 * with (src/scenario/schema.ts), so completion never offers what `check` would refuse.
 */
import type { JsonSchema } from '../../scenario/json-schema';
import { ITEM, type Segment } from './yaml-context';

/** A schema reached by a path, with the name of the definition it came through (`condition`, `id`…). */
export interface Place {
  readonly schema: JsonSchema;
  readonly definition: string | null;
  /** The description nearest to the place: the property's own, else its definition's. */
  readonly description: string | null;
}

export interface KeyInfo {
  readonly key: string;
  readonly description: string | null;
  readonly required: boolean;
}

function definitionOf(root: JsonSchema, ref: string): [string, JsonSchema] | null {
  const name = ref.replace('#/definitions/', '');
  const found = root.definitions?.[name];
  return found ? [name, found] : null;
}

/** Follows `$ref`s and opens `anyOf`s: every concrete schema a node may be. */
function expand(root: JsonSchema, place: Place): Place[] {
  let { schema, definition } = place;
  const description = place.description ?? schema.description ?? null;
  for (let hops = 0; schema.$ref && hops < 10; hops++) {
    const found = definitionOf(root, schema.$ref);
    if (!found) return [];
    [definition, schema] = found;
  }
  const here = { schema, definition, description: description ?? schema.description ?? null };
  if (!schema.anyOf) return [here];
  return schema.anyOf.flatMap((branch) => expand(root, { schema: branch, definition, description: here.description }));
}

function child(root: JsonSchema, place: Place, segment: Segment): Place[] {
  return expand(root, place).flatMap((p): Place[] => {
    const s = p.schema;
    if (segment === ITEM) return s.items ? [{ schema: s.items, definition: null, description: s.items.description ?? null }] : [];
    const property = s.properties?.[segment];
    if (property) return [{ schema: property, definition: null, description: property.description ?? null }];
    if (typeof s.additionalProperties === 'object') return [{ schema: s.additionalProperties, definition: null, description: s.description ?? null }];
    return [];
  });
}

/** Every schema the path can lead to (several where the format allows alternatives). */
export function placesAt(root: JsonSchema, path: readonly Segment[]): Place[] {
  let places: Place[] = [{ schema: root, definition: null, description: root.description ?? null }];
  for (const segment of path) places = places.flatMap((p) => child(root, p, segment));
  return places.flatMap((p) => expand(root, p));
}

/** The keys a mapping at this path may have, with their documentation. */
export function keysAt(root: JsonSchema, path: readonly Segment[]): KeyInfo[] {
  const seen = new Map<string, KeyInfo>();
  for (const { schema } of placesAt(root, path)) {
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      if (seen.has(key)) continue;
      const documented = expand(root, { schema: property, definition: null, description: property.description ?? null })[0];
      seen.set(key, { key, description: documented?.description ?? null, required: schema.required?.includes(key) ?? false });
    }
  }
  return [...seen.values()];
}

/** The fixed words a value at this path may be (enums, constants, true/false). */
export function wordsAt(root: JsonSchema, path: readonly Segment[]): string[] {
  const words = new Set<string>();
  for (const { schema } of placesAt(root, path)) {
    for (const word of schema.enum ?? []) words.add(String(word));
    if (schema.const !== undefined) words.add(String(schema.const));
    if (schema.type === 'boolean') for (const word of ['true', 'false']) words.add(word);
  }
  return [...words];
}

/** The definition names a value at this path is written in (`condition`, `id`…). */
export function definitionsAt(root: JsonSchema, path: readonly Segment[]): Set<string> {
  return new Set(placesAt(root, path).flatMap((p) => (p.definition ? [p.definition] : [])));
}

/** The documentation of the key at the end of the path. */
export function describeKey(root: JsonSchema, path: readonly Segment[]): string | null {
  const key = path[path.length - 1];
  if (key === undefined) return null;
  const info = keysAt(root, path.slice(0, -1)).find((k) => k.key === key);
  return info?.description ?? placesAt(root, path)[0]?.description ?? null;
}
