import { describe, expect, it } from 'vitest';
import { startupMessage } from '../../src/ui/startup-error';

describe('start-up error message', () => {
  it('names a stack overflow for what it is and points at check', () => {
    expect(startupMessage(new RangeError('Maximum call stack size exceeded'))).toMatch(/too deeply nested.*crisis-room check/);
  });

  it("shows another error's own message, as text, cut short when long", () => {
    expect(startupMessage(new Error('chunk failed'))).toBe('chunk failed');
    expect(startupMessage('x'.repeat(2_000))).toHaveLength(501);
    expect(startupMessage({})).toBe('unknown error');
  });
});
