/**
 * Every field of the live protocol's messages, read from the JSON Schemas the server checks them
 * with (src/server/messages.ts), as the dotted names `refusal.field.<name>` words them: `team`,
 * `command.seconds`. The message itself is `message`.
 */
import type { ValidateFunction } from 'ajv';
import { validateConsole, validateDecider, validateIntent, validateJoin, validateReveal, validateRole } from '../../src/server/messages';

interface SchemaNode {
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly oneOf?: readonly SchemaNode[];
}

function fieldsOf(node: SchemaNode, prefix: string, into: Set<string>): void {
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const path = prefix === '' ? name : `${prefix}.${name}`;
    into.add(path);
    fieldsOf(child, path, into);
  }
  for (const branch of node.oneOf ?? []) fieldsOf(branch, prefix, into);
}

const VALIDATORS: readonly ValidateFunction[] = [validateIntent, validateConsole, validateDecider, validateRole, validateJoin, validateReveal];

export function protocolFields(): string[] {
  const fields = new Set<string>(['message']);
  for (const validate of VALIDATORS) fieldsOf(validate.schema as SchemaNode, '', fields);
  return [...fields];
}
