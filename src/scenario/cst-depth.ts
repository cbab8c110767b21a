import type { CST } from 'yaml';

type Item = { readonly key?: CST.Token | null; readonly value?: CST.Token };

/**
 * The offset of the first collection nested deeper than `limit` in the concrete syntax tree, or
 * -1. The yaml package's parser is iterative but its composer recurses, so a hostile file is
 * stopped here, before composing. Two parallel stacks: no allocation per node.
 */
export function tooDeepAt(tokens: readonly CST.Token[], limit: number): number {
  const stack: CST.Token[] = [...tokens];
  const depths: number[] = tokens.map(() => 0);
  while (stack.length > 0) {
    const token = stack.pop() as CST.Token;
    const depth = depths.pop() as number;
    if (token.type === 'document') {
      if (token.value !== undefined) {
        stack.push(token.value);
        depths.push(depth);
      }
      continue;
    }
    if (
      token.type !== 'block-map' &&
      token.type !== 'block-seq' &&
      token.type !== 'flow-collection'
    ) {
      continue;
    }
    const next = depth + 1;
    if (next > limit) return token.offset;
    const items: readonly Item[] = token.items;
    for (const item of items) {
      if (item.key !== undefined && item.key !== null) {
        stack.push(item.key);
        depths.push(next);
      }
      if (item.value !== undefined) {
        stack.push(item.value);
        depths.push(next);
      }
    }
  }
  return -1;
}
