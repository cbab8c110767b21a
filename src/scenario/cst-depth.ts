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
    let items: readonly Item[] = [];
    let next = depth;
    switch (token.type) {
      case 'document':
        if (token.value !== undefined) stack.push([token.value, depth]);
        continue;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection':
        items = token.items;
        next = depth + 1;
        break;
      default:
        continue;
    }
    if (next > limit) return token.offset;
    for (const item of items) {
      if (item.key !== undefined && item.key !== null) stack.push([item.key, next]);
      if (item.value !== undefined) stack.push([item.value, next]);
    }
  }
  return -1;
}
