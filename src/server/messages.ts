/**
 * Every message a live client may send, as JSON Schemas checked with Ajv before the room looks at
 * it: a message of an unknown type, with an extra field, a wrong type or an over-long string is
 * refused with Ajv's own words for what is wrong and where. Sizes are bounded twice: the
 * transport drops frames over MAX_FRAME_BYTES before they are decoded.
 */
import Ajv, { type JSONSchemaType, type ValidateFunction } from 'ajv';
import { english } from '../i18n/english.ts';
import { fieldWord } from '../i18n/field-words.ts';
import type { ConsoleMessage, DeciderMessage, Intent, JoinOptions, RevealMessage, RoleMessage } from '../protocol/live.ts';

export type { ConsoleCommand, ConsoleMessage, DeciderMessage, Intent, JoinOptions, RevealMessage, RoleMessage } from '../protocol/live.ts';

/** The WebSocket transport's maxPayload: the largest message is a 2,000-character note. */
export const MAX_FRAME_BYTES = 8 * 1024;
export const MAX_NOTE_CHARS = 2000;
export const MAX_EXTEND_SECONDS = 600;
const ID = { type: 'string', minLength: 1, maxLength: 100 } as const;
const NONCE = { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER } as const;

const intentSchema: JSONSchemaType<Intent> = {
  type: 'object',
  additionalProperties: false,
  required: ['nonce', 'at', 'kind'],
  properties: {
    nonce: NONCE,
    at: { type: 'integer', minimum: 0, maximum: 100_000 },
    kind: { type: 'string', enum: ['choose', 'continue', 'propose'] },
    choice: { ...ID, nullable: true },
  },
};

const commandSchema = {
  type: 'object',
  oneOf: [
    { additionalProperties: false, required: ['kind'], properties: { kind: { enum: ['pause', 'resume', 'undo', 'end', 'continue'] } } },
    { additionalProperties: false, required: ['kind', 'seconds'], properties: { kind: { const: 'extend' }, seconds: { type: 'integer', minimum: 1, maximum: MAX_EXTEND_SECONDS } } },
    { additionalProperties: false, required: ['kind', 'inject'], properties: { kind: { const: 'inject' }, inject: ID } },
    { additionalProperties: false, required: ['kind', 'beat'], properties: { kind: { const: 'jump' }, beat: ID } },
    { additionalProperties: false, required: ['kind', 'choice'], properties: { kind: { const: 'choose' }, choice: ID } },
    { additionalProperties: false, required: ['kind', 'text'], properties: { kind: { const: 'note' }, text: { type: 'string', minLength: 1, maxLength: MAX_NOTE_CHARS } } },
  ],
} as const;

const consoleSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['nonce', 'team', 'command'],
  properties: { nonce: NONCE, team: ID, command: commandSchema },
} as const;

const deciderSchema: JSONSchemaType<DeciderMessage> = {
  type: 'object',
  additionalProperties: false,
  required: ['nonce', 'team', 'participant'],
  properties: { nonce: NONCE, team: ID, participant: ID },
};

const roleSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['nonce', 'role'],
  properties: { nonce: NONCE, role: { type: ['string', 'null'], minLength: 1, maxLength: 100 } },
} as const;

const TEXT = (max: number) => ({ type: 'string', minLength: 1, maxLength: max, nullable: true }) as const;
const joinSchema: JSONSchemaType<JoinOptions> = {
  type: 'object',
  additionalProperties: false,
  properties: {
    scenario: TEXT(100),
    source: TEXT(1024 * 1024),
    code: TEXT(20),
    team: { ...TEXT(40), pattern: '\\S' },
    name: { ...TEXT(40), pattern: '\\S' },
    role: TEXT(100),
    token: TEXT(64),
    secret: TEXT(64),
    projector: TEXT(64),
  },
};

const revealSchema: JSONSchemaType<RevealMessage> = {
  type: 'object',
  additionalProperties: false,
  required: ['nonce', 'revealed'],
  properties: { nonce: NONCE, revealed: { type: 'boolean' } },
};

const ajv = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true });
export const validateIntent: ValidateFunction<Intent> = ajv.compile(intentSchema);
export const validateConsole = ajv.compile(consoleSchema) as unknown as ValidateFunction<ConsoleMessage>;
export const validateDecider: ValidateFunction<DeciderMessage> = ajv.compile(deciderSchema);
export const validateRole = ajv.compile(roleSchema) as unknown as ValidateFunction<RoleMessage>;
export const validateJoin: ValidateFunction<JoinOptions> = ajv.compile(joinSchema);
export const validateReveal: ValidateFunction<RevealMessage> = ajv.compile(revealSchema);

/**
 * What is wrong with a message, from Ajv's first error: its English sentence, naming the field as
 * a person would ("the seconds to add must be <= 600", from the same table the pages word it
 * with), and the parts a page words in its own language: the field's JSON path (kept for logs:
 * `/command/seconds`), the rule it broke, and the limit or property the rule names.
 */
export interface SchemaProblem {
  readonly text: string;
  readonly values: Readonly<Record<string, string>>;
}

export function schemaError(validate: ValidateFunction): SchemaProblem {
  const error = validate.errors?.[0];
  if (!error) return { text: 'the message is not valid', values: { field: '', rule: 'other' } };
  const where = fieldWord(error.instancePath, english);
  const params = error.params as { additionalProperty?: string; missingProperty?: string; limit?: number };
  const extra = error.keyword === 'additionalProperties' ? ` (${String(params.additionalProperty)})` : '';
  const property = params.additionalProperty ?? params.missingProperty;
  // A message that is not an object at all breaks `type` at its root: it has no field to name.
  const rule = error.keyword === 'type' && error.instancePath === '' ? 'notObject' : error.keyword;
  return {
    text: `${where} ${error.message ?? 'is not valid'}${extra}`,
    values: {
      field: error.instancePath,
      rule,
      ...(params.limit !== undefined && { limit: String(params.limit) }),
      ...(property !== undefined && { property }),
    },
  };
}
