import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index';

/**
 * Loads, and returns the codes. No wall time is asserted (a shared machine makes it noise): an
 * input the loader failed to stop early runs for minutes or exhausts memory, which the suite's
 * timeout catches, and the codes show it was refused before the work, not after it.
 */
function timed(source: string, maxBytes?: number): { codes: string[] } {
  const { scenario, diagnostics } = loadScenario(
    source,
    maxBytes === undefined ? {} : { maxBytes },
  );
  expect(scenario).toBeNull();
  for (const d of diagnostics) expect(d.range.start.line).toBeGreaterThanOrEqual(1);
  return { codes: diagnostics.map((d) => d.code) };
}

function bomb(levels: number): string {
  let out = 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
  for (let i = 1; i <= levels; i++)
    out += `a${i}: &a${i} [${Array(9)
      .fill(`*a${i - 1}`)
      .join(', ')}]\n`;
  return out;
}

function garbage(length: number, seed: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += String.fromCharCode(x >>> 24);
  }
  return out;
}

describe('loadScenario on hostile input', () => {
  it('refuses a 20 MB file before parsing it', () => {
    const { codes } = timed(`title: ${'x'.repeat(20 * 1024 * 1024)}\n`);
    expect(codes).toEqual(['CR101']);
  });

  it('honours a smaller size limit when given one', () => {
    expect(timed('format: 1\n', 4).codes).toEqual(['CR101']);
  });

  it('positions an alias bomb instead of throwing', () => {
    const { codes } = timed(bomb(9));
    expect(codes).toEqual(['CR106']);
  });

  it('stops 10,000-deep flow nesting before the recursive composer', () => {
    const { codes } = timed(`x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    expect(codes).toEqual(['CR105']);
  });

  it('stops 10,000-deep block sequences', () => {
    const { codes } = timed(`x:\n  ${'- '.repeat(10_000)}leaf\n`);
    expect(codes).toEqual(['CR105']);
  });

  it('stops deep indentation', () => {
    let source = '';
    for (let i = 0; i < 1000; i++) source += `${' '.repeat(i)}k:\n`;
    const { codes } = timed(source);
    expect(codes).toEqual(['CR105']);
  });

  it('reports binary garbage as not text', () => {
    const { codes } = timed(garbage(500_000, 7));
    expect(codes).toEqual(['CR102']);
  });

  it('reports an empty file and a whitespace-only file', () => {
    expect(timed('').codes).toEqual(['CR109']);
    expect(timed('\n\n   \n').codes).toEqual(['CR109']);
  });

  it('rejects constructor and prototype keys anywhere', () => {
    expect(timed('format: 1\nmeta:\n  constructor: 1\n  list: [{ prototype: 2 }]\n').codes).toEqual(
      ['CR107', 'CR107'],
    );
  });

  it('does not let __proto__ change the prototype of the parsed value', () => {
    timed('__proto__: { polluted: true }\n');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('answers a scalar, a list and null at the top level', () => {
    expect(timed('42\n').codes).toEqual(['CR201']);
    expect(timed('- a\n').codes).toEqual(['CR201']);
    expect(timed('~\n').codes).toEqual(['CR201']);
  });
});
