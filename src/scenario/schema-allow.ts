import { codesAllowedAt, type AllowPlace } from './design-codes.ts';
import { list, obj, oneOfWords, type JsonSchema } from './json-schema.ts';

/**
 * The `allow` list of one kind of place: each item silences one design finding of `analyze` there,
 * with the reason written beside it. Only the codes reported at that place are allowed, so a
 * misplaced or mistyped code is a schema error with a did-you-mean hint.
 */
export function allowList(place: AllowPlace): JsonSchema {
  return list(
    obj(
      'One design finding silenced here, with why.',
      {
        finding: oneOfWords('The design finding code (see docs/authoring-tools.md).', codesAllowedAt(place)),
        reason: { type: 'string', minLength: 1, description: 'Why the author means it; shown in the report.' },
      },
      ['finding', 'reason'],
    ),
    'Design findings of crisis-room analyze silenced here, each with a reason.',
  );
}

/** `forgivable: true`: the author means a good ending to stay reachable after this failure. */
export const forgivable: JsonSchema = {
  type: 'boolean',
  default: false,
  description: 'True when a good ending may follow this failure on purpose (no design finding).',
};
