/** Schema definitions of the debrief's settings: claim confidences and the improvement plan. */
import { int, obj, ref, type JsonSchema } from './json-schema.ts';
import { CONFIDENCES } from './types.ts';

const confidenceWord: JsonSchema = {
  type: 'string',
  enum: CONFIDENCES,
  description: 'confirmed, preliminary or estimate.',
};

const assignments = (description: string): JsonSchema => ({
  type: 'object',
  description,
  propertyNames: ref('id'),
  additionalProperties: ref('planAssignment'),
});

export const planDefinitions: Record<string, JsonSchema> = {
  claimConfidences: {
    description: 'Only claims at this confidence (one word or a list) count.',
    anyOf: [confidenceWord, { type: 'array', items: confidenceWord, minItems: 1 }],
  },
  planAssignment: obj('Who owns a corrective action and when it is due.', {
    owner: ref('text', 'The owner role ("General Counsel").'),
    due_days: int('Days after the exercise the action is due.', 1),
  }),
  improvementPlan: obj(
    "Owners and due intervals of the debrief's corrective actions; anything left out keeps the built-in one.",
    {
      categories: assignments('Move category id: the action for harmful decisions in it.'),
      deadlines: assignments('Deadline id: the action for the deadline not met.'),
      objectives: assignments('Objective id: the re-exercise of the objective rated M or U.'),
      claims: ref('planAssignment', 'The action for contradicted public claims.'),
      expired: ref('planAssignment', 'The action for decisions that defaulted when time ran out.'),
    },
  ),
};
