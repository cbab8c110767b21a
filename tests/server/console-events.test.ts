import { describe, expect, it } from 'vitest';
import type { ConsoleCommand } from '../../src/protocol/live.ts';
import { consoleEvent } from '../../src/server/console-events.ts';

describe('console commands', () => {
  it('are their session events under the short name, with the same fields', () => {
    const commands: [ConsoleCommand, unknown][] = [
      [{ kind: 'pause' }, { type: 'session.pause' }],
      [{ kind: 'resume' }, { type: 'session.resume' }],
      [{ kind: 'undo' }, { type: 'facilitator.undo' }],
      [{ kind: 'end' }, { type: 'facilitator.end' }],
      [{ kind: 'extend', seconds: 60 }, { type: 'facilitator.extend', seconds: 60 }],
      [{ kind: 'inject', inject: 'press_call' }, { type: 'facilitator.inject', inject: 'press_call' }],
      [{ kind: 'jump', beat: 'regulator' }, { type: 'facilitator.jump', beat: 'regulator' }],
      [{ kind: 'note', text: 'candid' }, { type: 'facilitator.note', text: 'candid' }],
      [{ kind: 'choose', choice: 'notify_now' }, { type: 'player.choose', choice: 'notify_now' }],
      [{ kind: 'continue' }, { type: 'player.continue' }],
    ];
    for (const [command, event] of commands) expect(consoleEvent(command)).toEqual(event);
  });
});
