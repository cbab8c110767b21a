/**
 * `at: +24` written without quotes: YAML reads `+24` as the number 24, which would silently make
 * a relative time absolute. The source keeps the sign, so such a beat hour is read back as the
 * string `"+24"`, the form the schema documents, before anything else looks at it.
 */
import { isScalar, type Document } from 'yaml';
import { asList, asObject, type Raw } from './read.ts';

/** The raw scenario with every unquoted signed beat `at` turned into its string form. */
export function keepSignedHours(raw: Raw, doc: Document): Raw {
  const beats = asList(raw['beats']);
  let changed = false;
  const kept = beats.map((beat, index) => {
    const o = asObject(beat);
    if (typeof o['at'] !== 'number') return beat;
    const node = doc.getIn(['beats', index, 'at'], true);
    const source = isScalar(node) ? node.source : undefined;
    if (typeof source !== 'string' || !source.startsWith('+')) return beat;
    changed = true;
    return { ...o, at: `+${o['at']}` };
  });
  return changed ? { ...raw, beats: kept } : raw;
}
