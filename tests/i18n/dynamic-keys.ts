import { CONFIDENCES, INJECT_KINDS } from '../../src/scenario/index';

/**
 * Keys the code builds from data rather than spells out (a confidence, an inject's kind, a clock's
 * status): the unused-key test accepts them when the family's builder appears in src/ and the key's
 * last part is one of the values the domain defines, so a family cannot outlive its builder and a
 * key for a value that no longer exists is still reported.
 */
export interface DynamicKeyFamily {
  readonly prefix: string;
  /** The expression in src/ that builds these keys. */
  readonly builtAs: string;
  readonly values: readonly string[];
  covers(id: string): boolean;
}

function family(prefix: string, values: readonly string[]): DynamicKeyFamily {
  return {
    prefix,
    builtAs: `\`${prefix}\${`,
    values,
    covers: (id) => id.startsWith(prefix) && values.includes(id.slice(prefix.length)),
  };
}

const RESOLVED = ['met', 'missed', 'deficient'];

export const DYNAMIC_KEY_FAMILIES: readonly DynamicKeyFamily[] = [
  family('common.confidence.', CONFIDENCES),
  family('common.injectKind.', INJECT_KINDS),
  family('cli.play.deadline.', ['running', ...RESOLVED]),
  family('cli.play.resolved.', RESOLVED),
];
