/**
 * The subset of JSON Schema draft-07 the format's schema uses. The schema object is data; this
 * type keeps it honest and lets the loader's own walker interpret it.
 */
export interface JsonSchema {
  readonly $schema?: string;
  readonly $id?: string;
  readonly $ref?: string;
  readonly title?: string;
  readonly description?: string;
  readonly type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  readonly enum?: readonly (string | number)[];
  readonly const?: string | number;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly propertyNames?: JsonSchema;
  readonly minProperties?: number;
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly anyOf?: readonly JsonSchema[];
  readonly default?: unknown;
  readonly examples?: readonly unknown[];
  readonly definitions?: Readonly<Record<string, JsonSchema>>;
}

/** An object with closed keys: unknown keys are errors, so typos are caught. */
export function obj(
  description: string,
  properties: Record<string, JsonSchema>,
  required: readonly string[] = [],
): JsonSchema {
  return { type: 'object', description, properties, required, additionalProperties: false };
}

export const ref = (name: string, description?: string): JsonSchema =>
  description === undefined
    ? { $ref: `#/definitions/${name}` }
    : { $ref: `#/definitions/${name}`, description };

export const list = (items: JsonSchema, description: string, minItems = 0): JsonSchema =>
  minItems > 0
    ? { type: 'array', description, items, minItems }
    : { type: 'array', description, items };

export const str = (description: string): JsonSchema => ({ type: 'string', description });
export const int = (description: string, minimum?: number): JsonSchema =>
  minimum === undefined
    ? { type: 'integer', description }
    : { type: 'integer', description, minimum };
export const num = (description: string): JsonSchema => ({ type: 'number', description });
export const oneOfWords = (description: string, words: readonly string[]): JsonSchema => ({
  type: 'string',
  description,
  enum: words,
});
