/**
 * The facilitator console driving the projector window, in one real browser: the game page holds
 * the session; the console, opened from the game's own button, pauses, extends, pushes an inject,
 * records and undoes the room's choices, jumps, takes notes and ends the exercise. The projector
 * shows each (latency against the one-second budget is measured and recorded, not asserted), and
 * the observer notes reach the debrief's export downloads.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { SaveFile } from '../../src/engine/types.ts';
import {
  BUDGET_MS,
  openConsole,
  openRoom,
  projectorBeat,
  PROMPTLY,
  promptly,
  PUSHED,
  type Latency,
} from './facilitator-room.ts';
import { screenshot, useBrowserApp } from './harness.ts';

const env = useBrowserApp();

const latencies: Latency[] = [];

describe('facilitator console', () => {
  it('drives the projector: pause, extend, push an inject, record and undo choices, jump, end', async () => {
    const room = await openRoom(env.browser, env.app);
    const { page: facilitator, errors } = await openConsole(room);
    expect(new URL(facilitator.url()).pathname).toMatch(/facilitator\.html$/);
    expect(new URL(facilitator.url()).searchParams.get('session')).toMatch(/^[A-Za-z0-9_-]{22}$/);

    // What the players never see: ratings, expert feedback, references, facilitator notes.
    await facilitator.getByRole('heading', { name: 'An odd spike in the app logs' }).waitFor();
    const notify = facilitator.getByRole('article', { name: 'E-mail members a first notice today' });
    await notify.getByText('Recommended', { exact: true }).waitFor();
    await notify.getByText(/stealing-thunder move/).waitFor();
    await notify.getByText(/References: .*PIPA Art\. 34\(1\)/).waitFor();
    await facilitator.getByText(/72 hours run from\s+when the company knew/).waitFor();
    await facilitator.getByText('Who owns the first public statement?').waitFor();
    await facilitator.getByRole('meter', { name: 'Customer trust' }).waitFor();
    expect(
      await facilitator
        .getByRole('meter', { name: 'Customer trust' })
        .getAttribute('aria-valuenow'),
    ).toBe('55');
    await facilitator.getByText('Team: Blue team', { exact: false }).waitFor();
    await screenshot(facilitator, 'facilitator-console');
    const axe = await new AxeBuilder({ page: facilitator }).analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id),
    ).toEqual([]);

    latencies.push(
      await promptly(
        'push an inject',
        room.projector,
        facilitator.getByRole('button', { name: `Push to the room: ${PUSHED}` }),
        {
          selector: 'h3',
          text: PUSHED,
        },
      ),
    );
    await facilitator
      .getByRole('list', { name: 'Injects in this beat' })
      .getByText(PUSHED)
      .waitFor();
    expect(
      await room.projector
        .getByRole('meter', { name: 'Customer trust' })
        .getAttribute('aria-valuenow'),
    ).toBe('52');

    // Recorded exactly as a click on the projector: the room sees the consequence first.
    latencies.push(
      await promptly(
        'record a choice',
        room.projector,
        facilitator.getByRole('button', {
          name: "Record as the room's choice: E-mail members a first notice today",
        }),
        { selector: 'h1', text: 'E-mail members a first notice today' },
      ),
    );
    // The next beat since tutorial 1.8.0: the 24-hour intrusion report.
    await facilitator.getByRole('heading', { name: 'The other report' }).waitFor();

    latencies.push(
      await promptly(
        'undo',
        room.projector,
        facilitator.getByRole('button', { name: 'Undo last decision' }),
        {
          selector: 'h1',
          text: 'An odd spike in the app logs',
        },
      ),
    );
    await room.projector.getByRole('group', { name: 'Choices' }).waitFor();
    await projectorBeat(room, 'An odd spike in the app logs').waitFor();
    // Undo takes back the decision and what followed it; the inject pushed before it stays.
    await facilitator.getByRole('heading', { name: 'An odd spike in the app logs' }).waitFor();
    expect(
      await room.projector
        .getByRole('meter', { name: 'Customer trust' })
        .getAttribute('aria-valuenow'),
    ).toBe('52');

    await facilitator
      .getByRole('button', {
        name: "Record as the room's choice: Hold the statement until the forensics firm reports tomorrow",
      })
      .click();
    await room.projector.getByRole('heading', { level: 1, name: 'Hold the statement until the forensics firm reports tomorrow' }).waitFor(PROMPTLY);
    // The room files the 24-hour intrusion report (tutorial 1.8.0); the console moves on to the memo.
    await facilitator
      .getByRole('button', { name: "Record as the room's choice: Report the intrusion to KISA today on what we know" })
      .click();
    await room.projector.getByRole('heading', { level: 1, name: 'Report the intrusion to KISA today on what we know' }).waitFor(PROMPTLY);
    await facilitator.getByRole('heading', { name: 'The forensics report' }).waitFor(PROMPTLY);

    // Observer notes by keyboard: type, Ctrl+Enter.
    const note = facilitator.getByLabel('Observer note (timestamped against the current beat)');
    await note.focus();
    await facilitator.keyboard.type('Legal argued for silence; the CISO disagreed.');
    await facilitator.keyboard.press('Control+Enter');
    await facilitator
      .getByRole('list', { name: 'Notes so far' })
      .getByText('Legal argued for silence; the CISO disagreed.')
      .waitFor();
    expect(await note.inputValue()).toBe('');

    // A beat without a decision: the console moves the room on, as the projector's Continue would.
    // The room stayed silent past hour 26: the tutorial's trigger sends it to the leak story, a
    // visible development, so the projector shows it on a consequence screen first (step-screen.ts).
    latencies.push(
      await promptly(
        'continue',
        room.projector,
        facilitator.getByRole('button', { name: 'Continue', exact: true }),
        { selector: 'h1', text: 'The situation moves on' },
      ),
    );
    await facilitator.getByRole('heading', { name: 'A reporter has the story first' }).waitFor(PROMPTLY);

    // The tutorial's timed decision is the regulator's (its first is untimed, issue #16, point
    // 11): the room's "no comment" leads there, and the console pauses, resumes and extends it.
    await facilitator
      .getByRole('button', { name: "Record as the room's choice: Decline to comment while the investigation continues" })
      .click();
    await room.projector.getByRole('heading', { level: 1, name: 'Decline to comment while the investigation continues' }).waitFor(PROMPTLY);
    await room.projector.getByRole('button', { name: 'Continue' }).click();
    await projectorBeat(room, 'The regulator question').waitFor(PROMPTLY);
    await facilitator.getByRole('heading', { name: 'The regulator question' }).waitFor(PROMPTLY);
    latencies.push(
      await promptly('pause', room.projector, facilitator.getByRole('button', { name: 'Pause' }), {
        selector: '[role="status"]',
        text: 'The facilitator has paused the exercise',
      }),
    );
    await facilitator.getByText(/^Paused\. Limit 2:00/).waitFor();
    await screenshot(facilitator, 'facilitator-console-paused');
    latencies.push(
      await promptly(
        'resume',
        room.projector,
        facilitator.getByRole('button', { name: 'Resume' }),
        {
          selector: '[role="status"]',
          text: 'The facilitator has paused the exercise',
          gone: true,
        },
      ),
    );

    await facilitator
      .getByRole('button', { name: '+30 s (extend the timer by 30 seconds)' })
      .click();
    await facilitator.getByText('Limit 2:30 including extensions.').waitFor(PROMPTLY);

    await facilitator.getByLabel('Jump to beat').selectOption({ index: 0 });
    const firstBeat = await facilitator.getByLabel('Jump to beat').inputValue();
    expect(firstBeat).toBe('alert');
    latencies.push(
      await promptly(
        'jump',
        room.projector,
        facilitator.getByRole('button', { name: 'Jump', exact: true }),
        {
          selector: 'h1',
          text: 'An odd spike in the app logs',
        },
      ),
    );
    await screenshot(facilitator, 'facilitator-console-after-jump');

    await facilitator.getByRole('button', { name: 'End exercise…' }).click();
    latencies.push(
      await promptly(
        'end',
        room.projector,
        facilitator.getByRole('button', { name: 'End the exercise now' }),
        {
          selector: 'h1',
          text: 'The exercise has ended',
        },
      ),
    );
    await facilitator.getByText('The exercise was ended early.').waitFor();
    // Issue #16, point 9: an incomplete run, said in the console and scored as partial.
    await facilitator.getByText(/Incomplete run: its score is partial/).waitFor();
    expect(await facilitator.getByRole('button', { name: 'Undo last decision' }).isDisabled()).toBe(
      true,
    );
    expect(
      await facilitator.getByRole('button', { name: `Push to the room: ${PUSHED}` }).isDisabled(),
    ).toBe(true);
    // A note after the end still goes into the debrief.
    await note.fill('Debrief: start with the 72-hour clock.');
    await facilitator.getByRole('button', { name: 'Add note' }).click();
    await facilitator
      .getByRole('list', { name: 'Notes so far' })
      .getByText('Debrief: start with the 72-hour clock.')
      .waitFor();
    await screenshot(facilitator, 'facilitator-console-ended');

    // The session log carries every facilitator action, and the debrief exports carry the notes.
    await room.projector.getByRole('button', { name: 'Continue' }).click();
    await room.projector.getByText('of 100 (partial)', { exact: true }).waitFor();
    await room.projector.getByText(/^Incomplete run, partial score/).waitFor();
    const [download] = await Promise.all([
      room.projector.waitForEvent('download'),
      room.projector.getByRole('button', { name: 'Download the session log' }).click(),
    ]);
    const save = JSON.parse(readFileSync(await download.path(), 'utf8')) as SaveFile;
    expect(save.team).toBe('Blue team');
    expect(save.log.filter((entry) => entry.accepted).map((entry) => entry.event.type)).toEqual([
      'session.start',
      'facilitator.inject',
      'player.choose',
      'facilitator.undo',
      'player.choose',
      'player.choose',
      'facilitator.note',
      'player.continue',
      'player.choose',
      'session.pause',
      'session.resume',
      'facilitator.extend',
      'facilitator.jump',
      'facilitator.end',
      'facilitator.note',
    ]);
    const notes = save.log.filter((entry) => entry.event.type === 'facilitator.note');
    expect(notes.map((entry) => [entry.beat, entry.time])).toEqual([
      ['forensics', 25],
      ['alert', 30],
    ]);
    // The debrief's own export buttons, as a training lead would use them.
    const exports = room.projector.getByRole('group', { name: 'Export the report' });
    for (const label of ['Download Markdown', 'Download JSON', 'Download HTML report']) {
      const [file] = await Promise.all([
        room.projector.waitForEvent('download'),
        exports.getByRole('button', { name: label }).click(),
      ]);
      const text = readFileSync(await file.path(), 'utf8');
      expect(text, label).toContain('Legal argued for silence; the CISO disagreed.');
      expect(text, label).toContain('Debrief: start with the 72-hour clock.');
      expect(text, label).toContain('Blue team');
      expect(text, label).toMatch(label === 'Download JSON' ? /"partial": true/ : /Incomplete run, partial score/);
    }
    await screenshot(room.projector, 'facilitator-projector-debrief');

    // Tests never assert wall-clock time (a shared CI machine is noisy): every command above must
    // show on the projector, and the measured latencies against the one-second budget are printed
    // and kept in test-results/ for the record.
    const late = latencies.filter(({ ms }) => ms > BUDGET_MS);
    console.info('projector latency after a console command (ms):', latencies, 'over budget:', late);
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/facilitator-latency.json', JSON.stringify({ budgetMs: BUDGET_MS, latencies }, null, 2));
    expect(errors).toEqual([]);
    expect(room.projectorErrors).toEqual([]);
    await room.context.close();
  }, 300_000);
});
