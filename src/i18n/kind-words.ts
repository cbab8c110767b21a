/**
 * A coded outcome in the translator's language: its `kind` names the catalog key and its other
 * fields fill it in. The one wording for what the core reports as `{ kind, ...values }` (a plan's
 * failure, a random run's, a plan's step). Each caller keeps a table that spells its keys out, so
 * the catalogs' unused-key test sees every one; a kind whose words need more than its own fields
 * (a refusal's reason, a key chosen by a flag) is worded by its caller.
 */
import type { MessageKey } from './catalog-types.ts';
import type { MessageValues, Translator } from './translator.ts';

/** A coded outcome whose fields are all values its words name. */
export type Coded<K extends string> = { readonly kind: K } & MessageValues;

/** Each kind's catalog key. */
export type KindKeys<K extends string> = Readonly<Record<K, MessageKey>>;

export function kindText<K extends string>(keys: KindKeys<K>, coded: Coded<K>, tr: Translator): string {
  const { kind, ...values } = coded;
  return tr.t(keys[kind], values);
}
