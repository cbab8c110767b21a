import { describe, expect, it } from 'vitest';
import { formatDiagnostic, loadScenario } from '../../src/scenario/index';
import { fixture } from './diagnose';

describe('formatDiagnostic', () => {
  it('prints the headline and the lines around it with a caret under the range', () => {
    const source = fixture('schema-enum');
    const [d] = loadScenario(source, { file: 'schema-enum.yaml' }).diagnostics;
    expect(d && formatDiagnostic(d, source)).toMatchInlineSnapshot(`
      "schema-enum.yaml:25:19: error CR204: 'recomended' is not a valid rating; use one of: recommended, acceptable, harmful; did you mean 'recommended'?
        23 |           next: end
        24 |           feedback: Good.
      > 25 |           rating: recomended
           |                   ^^^^^^^^^^
        26 | endings:
        27 |   - id: done"
    `);
  });

  it('keeps tabs before the range so the caret stays aligned', () => {
    const source = 'format: 1\nid:\tBad\n';
    const d = loadScenario(source).diagnostics.find((x) => x.code === 'CR205');
    expect(d && formatDiagnostic(d, source).split('\n').slice(-3)).toMatchInlineSnapshot(`
      [
        "> 2 | id:	Bad",
        "    |    	^^^",
        "  3 |",
      ]
    `);
  });

  it('shows control characters of a binary file as question marks', () => {
    const source = 'format: 1\nid: a\u0001b\n';
    const [d] = loadScenario(source).diagnostics;
    expect(d && formatDiagnostic(d, source)).toMatchInlineSnapshot(`
      "scenario.yaml:2:6: error CR102: not a text file: control character U+0001
        1 | format: 1
      > 2 | id: a?b
          |      ^
        3 |"
    `);
  });
});
