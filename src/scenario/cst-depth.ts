import type { CST } from 'yaml';

type Item = { readonly key?: CST.Token | null; readonly value?: CST.Token };

/**
 * The offset of the first collection nested deeper than `limit` in the concrete syntax tree, or
 * -1. The yaml package's parser is iterative but its composer recurses, so a hostile file is
 * stopped here, before composing.
 */
export function tooDeepAt(tokens: readonly CST.Token[], limit: number): number {
  const stack: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop() as [CST.Token, number];
    if (token.type === 'document') {
      if (token.value !== undefined) stack.push([token.value, depth]);
      continue;
    }
    if (
      token.type !== 'block-map' &&
      token.type !== 'block-seq' &&
      token.type !== 'flow-collection'
    )
      continue;
    const items: readonly Item[] = token.items;
    const next = depth + 1;
    if (next > limit) return token.offset;
    for (const item of items) {
      if (item.key !== undefined && item.key !== null) stack.push([item.key, next]);
      if (item.value !== undefined) stack.push([item.value, next]);
    }
  }
  return -1;
}
