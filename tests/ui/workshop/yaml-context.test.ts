import { describe, expect, it } from 'vitest';
import { yamlContext } from '../../../src/ui/workshop/yaml-context';

/** The context where `|` stands in the text. */
const at = (text: string) => yamlContext(text.replace('|', ''), text.indexOf('|'));

describe('yamlContext', () => {
  it('finds a key being typed at the root, in a list item, and deep in a decision', () => {
    expect(at('format: 1\nti|')).toEqual({ path: [], mode: 'key', prefix: 'ti', from: 10 });
    expect(at('meters:\n  - id: trust\n    lab|')).toMatchObject({ path: ['meters', '[]'], mode: 'key', prefix: 'lab' });
    expect(at('meters:\n  - |')).toMatchObject({ path: ['meters', '[]'], mode: 'key', prefix: '' });
    const deep = ['beats:', '  - id: a', '    decision:', '      prompt: x', '      choices:', '        - id: x', '          rat|'].join('\n');
    expect(at(deep)).toMatchObject({ path: ['beats', '[]', 'decision', 'choices', '[]'], mode: 'key', prefix: 'rat' });
  });

  it('finds a value after its key, in block and flow style', () => {
    const block = ['beats:', '  - id: a', '    decision:', '      choices:', '        - id: x', '          next: reg|'].join('\n');
    expect(at(block)).toMatchObject({ path: ['beats', '[]', 'decision', 'choices', '[]', 'next'], mode: 'value', prefix: 'reg' });
    const flow = ['beats:', '  - id: a', '    decision:', '      choices:', '        - { id: x, effects: { tr|'].join('\n');
    expect(at(flow)).toMatchObject({ path: ['beats', '[]', 'decision', 'choices', '[]', 'effects'], mode: 'key', prefix: 'tr' });
    const flowValue = ['beats:', '  - id: a', '    decision:', '      choices:', '        - { id: x, next: re|'].join('\n');
    expect(at(flowValue)).toMatchObject({ path: ['beats', '[]', 'decision', 'choices', '[]', 'next'], mode: 'value', prefix: 're' });
    expect(at('roles:\n  - id: x\n    brief: y\nbeats:\n  - injects:\n      - to: [le|')).toMatchObject({ path: ['beats', '[]', 'injects', '[]', 'to', '[]'], mode: 'value', prefix: 'le' });
    expect(at('endings:\n  - when: "trust >= 6|')).toMatchObject({ path: ['endings', '[]', 'when'], mode: 'value', prefix: 'trust >= 6' });
  });

  it('accepts a sequence written at its key\'s indentation, and skips blank lines and comments', () => {
    expect(at('meters:\n- id: trust\n\n  # the label\n  lab|')).toMatchObject({ path: ['meters', '[]'], mode: 'key' });
  });

  it('offers nothing inside a comment or a block scalar', () => {
    expect(at('# a comm|')).toBeNull();
    expect(at('summary: >|')).toBeNull();
  });
});
