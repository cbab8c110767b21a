/**
 * The facilitator console driving the projector window, in one real browser: the game page holds
 * the session; the console, opened from the game, pauses, pushes an inject, records and undoes the
 * room's choices, jumps, takes notes and ends the exercise, and the projector shows each within a
 * second. A second console is read-only until the first closes; a console of another session
 * controls nothing; observer notes reach the debrief exports.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, toHtml, toJson, toMarkdown } from '../../src/debrief/index.ts';
import { loadScenario } from '../../src/scenario/index.ts';
import type { SaveFile } from '../../src/engine/types.ts';
import { launchBrowser, screenshot, startApp, watchForErrors, type App } from './harness.ts';

const SCENARIO = 'tutorial_loyalty_leak';
const PUSHED = "A reporter has the developer's internal ticket";
/** "Within a second": how long the projector may take to show a console's command. */
const BUDGET_MS = 1000;
/** Waits long enough to measure a miss rather than merely time out on it. */
const PROMPTLY = { timeout: 10 * BUDGET_MS } as const;
const latencies: { readonly what: string; readonly ms: number }[] = [];

interface Sign {
  /** Elements to look at on the projector. */
  readonly selector: string;
  /** Text one of them contains once the command shows (or no longer contains, when `gone`). */
  readonly text: string;
  readonly gone?: boolean;
}

/**
 * Clicks a console button and measures, inside the browser, the time from the click to the
 * projector's DOM showing the result (both windows share the machine's clock). Playwright's own
 * polling would add its retry intervals to the figure.
 */
async function promptly(what: string, projector: Page, button: Locator, sign: Sign): Promise<void> {
  await projector.evaluate(({ selector, text, gone }) => {
    const shows = (): boolean => {
      const hit = [...document.querySelectorAll(selector)].some((element) => element.textContent?.includes(text));
      return gone ? !hit : hit;
    };
    if (shows()) throw new Error(`the projector already shows "${text}"`);
    (window as unknown as { seen: Promise<number> }).seen = new Promise<number>((done) => {
      const observer = new MutationObserver(() => {
        if (!shows()) return;
        observer.disconnect();
        done(Date.now());
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  }, sign);
  await button.evaluate((element) => {
    element.addEventListener('click', () => ((window as unknown as { clickedAt: number }).clickedAt = Date.now()), { once: true, capture: true });
  });
  await button.click();
  const seenAt = await projector.evaluate(
    ({ limit }) =>
      Promise.race([
        (window as unknown as { seen: Promise<number> }).seen,
        new Promise<number>((_, fail) => setTimeout(() => fail(new Error('the projector never showed it')), limit)),
      ]),
    { limit: PROMPTLY.timeout },
  );
  const clickedAt = await button.page().evaluate(() => (window as unknown as { clickedAt: number }).clickedAt);
  latencies.push({ what, ms: seenAt - clickedAt });
}

let app: App;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

interface Room {
  readonly context: BrowserContext;
  readonly projector: Page;
  readonly projectorErrors: string[];
  readonly warnings: string[];
}

/** A fresh browser profile with the tutorial's war room on the projector, team named. */
async function openRoom(): Promise<Room> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const projector = await context.newPage();
  const projectorErrors = watchForErrors(projector);
  const warnings: string[] = [];
  projector.on('console', (message) => {
    if (message.type() === 'warning' && message.text().startsWith('crisis-room facilitation')) warnings.push(message.text());
  });
  await projector.goto(`${app.url}index.html?scenario=${SCENARIO}&seed=7`);
  await projector.getByLabel('Team name').fill('Blue team');
  await projector.getByRole('button', { name: 'Continue' }).click();
  await projector.getByRole('group', { name: 'Choices' }).waitFor();
  return { context, projector, projectorErrors, warnings };
}

/** Presses the game's "Open facilitator console" and waits until the console has control. */
async function openConsole(room: Room): Promise<{ page: Page; errors: string[] }> {
  const [page] = await Promise.all([
    room.context.waitForEvent('page'),
    room.projector.getByRole('button', { name: 'Open facilitator console' }).click(),
  ]);
  const errors = watchForErrors(page);
  await page.getByText('You control this session').waitFor();
  return { page, errors };
}

function projectorBeat(room: Room, title: string) {
  return room.projector.getByRole('heading', { level: 1, name: title });
}

describe('facilitator console', () => {
  it('drives the projector: pause, extend, push an inject, record and undo choices, jump, end', async () => {
    const room = await openRoom();
    const { page: facilitator, errors } = await openConsole(room);
    expect(new URL(facilitator.url()).pathname).toMatch(/facilitator\.html$/);
    expect(new URL(facilitator.url()).searchParams.get('session')).toMatch(/^[A-Za-z0-9_-]{22}$/);

    // What the players never see: ratings, expert feedback, references, facilitator notes.
    await facilitator.getByRole('heading', { name: 'An odd spike in the app logs' }).waitFor();
    const notify = facilitator.getByRole('article', { name: 'Publish a preliminary notice today' });
    await notify.getByText('Recommended', { exact: true }).waitFor();
    await notify.getByText(/stealing-thunder move/).waitFor();
    await notify.getByText(/References: .*PIPA Art\. 34\(1\)/).waitFor();
    await facilitator.getByText(/72 hours run from\s+when the company knew/).waitFor();
    await facilitator.getByText('Who owns the first public statement?').waitFor();
    await facilitator.getByRole('meter', { name: 'Customer trust' }).waitFor();
    expect(await facilitator.getByRole('meter', { name: 'Customer trust' }).getAttribute('aria-valuenow')).toBe('55');
    await facilitator.getByText('Team: Blue team', { exact: false }).waitFor();
    await screenshot(facilitator, 'facilitator-console');

    await promptly('pause', room.projector, facilitator.getByRole('button', { name: 'Pause' }), {
      selector: '[role="status"]',
      text: 'The facilitator has paused the exercise',
    });
    await facilitator.getByText(/^Paused\. Limit 2:00/).waitFor();
    await screenshot(facilitator, 'facilitator-console-paused');
    await promptly('resume', room.projector, facilitator.getByRole('button', { name: 'Resume' }), {
      selector: '[role="status"]',
      text: 'The facilitator has paused the exercise',
      gone: true,
    });

    await facilitator.getByRole('button', { name: 'Extend the timer by 30 seconds' }).click();
    await facilitator.getByText('Limit 2:30 including extensions.').waitFor(PROMPTLY);

    await promptly('push an inject', room.projector, facilitator.getByRole('button', { name: `Push inject: ${PUSHED}` }), {
      selector: 'h3',
      text: PUSHED,
    });
    await facilitator.getByRole('list', { name: 'Injects in this beat' }).getByText(PUSHED).waitFor();
    expect(await room.projector.getByRole('meter', { name: 'Customer trust' }).getAttribute('aria-valuenow')).toBe('52');

    await promptly(
      'record a choice',
      room.projector,
      facilitator.getByRole('button', { name: "Record the room's choice: Publish a preliminary notice today" }),
      { selector: 'h1', text: 'The forensics report' },
    );
    await facilitator.getByRole('heading', { name: 'The forensics report' }).waitFor();

    await promptly('undo', room.projector, facilitator.getByRole('button', { name: 'Undo last decision' }), {
      selector: 'h1',
      text: 'An odd spike in the app logs',
    });
    await room.projector.getByRole('group', { name: 'Choices' }).waitFor();
    await projectorBeat(room, 'An odd spike in the app logs').waitFor();
    // Undo takes back the decision and what followed it; the inject pushed before it stays.
    await facilitator.getByRole('heading', { name: 'An odd spike in the app logs' }).waitFor();
    expect(await room.projector.getByRole('meter', { name: 'Customer trust' }).getAttribute('aria-valuenow')).toBe('52');

    await facilitator.getByRole('button', { name: "Record the room's choice: Say nothing until the forensics firm reports" }).click();
    await projectorBeat(room, 'The forensics report').waitFor(PROMPTLY);

    // Observer notes by keyboard: type, Ctrl+Enter.
    const note = facilitator.getByLabel('Observer note (timestamped against the current beat)');
    await note.focus();
    await facilitator.keyboard.type('Legal argued for silence; the CISO disagreed.');
    await facilitator.keyboard.press('Control+Enter');
    await facilitator.getByRole('list', { name: 'Notes so far' }).getByText('Legal argued for silence; the CISO disagreed.').waitFor();
    expect(await note.inputValue()).toBe('');

    await facilitator.getByLabel('Jump to beat').selectOption({ index: 0 });
    const firstBeat = await facilitator.getByLabel('Jump to beat').inputValue();
    expect(firstBeat).toBe('alert');
    await promptly('jump', room.projector, facilitator.getByRole('button', { name: 'Jump', exact: true }), {
      selector: 'h1',
      text: 'An odd spike in the app logs',
    });
    await screenshot(facilitator, 'facilitator-console-after-jump');

    await facilitator.getByRole('button', { name: 'End exercise…' }).click();
    await promptly('end', room.projector, facilitator.getByRole('button', { name: 'End the exercise now' }), {
      selector: 'h1',
      text: 'The exercise has ended',
    });
    await facilitator.getByText('The exercise was ended early.').waitFor();
    expect(await facilitator.getByRole('button', { name: 'Undo last decision' }).isDisabled()).toBe(true);
    expect(await facilitator.getByRole('button', { name: `Push inject: ${PUSHED}` }).isDisabled()).toBe(true);
    // A note after the end still goes into the debrief.
    await note.fill('Debrief: start with the 72-hour clock.');
    await facilitator.getByRole('button', { name: 'Add note' }).click();
    await facilitator.getByRole('list', { name: 'Notes so far' }).getByText('Debrief: start with the 72-hour clock.').waitFor();
    await screenshot(facilitator, 'facilitator-console-ended');

    // The session log carries every facilitator action, and the debrief exports carry the notes.
    await room.projector.getByRole('button', { name: 'Continue' }).click();
    const [download] = await Promise.all([
      room.projector.waitForEvent('download'),
      room.projector.getByRole('button', { name: 'Download the session log' }).click(),
    ]);
    const save = JSON.parse(readFileSync(await download.path(), 'utf8')) as SaveFile;
    expect(save.team).toBe('Blue team');
    expect(save.log.filter((entry) => entry.accepted).map((entry) => entry.event.type)).toEqual([
      'session.start',
      'session.pause',
      'session.resume',
      'facilitator.extend',
      'facilitator.inject',
      'player.choose',
      'facilitator.undo',
      'player.choose',
      'facilitator.note',
      'facilitator.jump',
      'facilitator.end',
      'facilitator.note',
    ]);
    const notes = save.log.filter((entry) => entry.event.type === 'facilitator.note');
    expect(notes.map((entry) => [entry.beat, entry.time])).toEqual([
      ['forensics', 20],
      ['alert', 20],
    ]);
    const scenario = loadScenario(readFileSync(resolve(import.meta.dirname, '../../scenarios/tutorial.yaml'), 'utf8')).scenario;
    expect(scenario?.hash).toBe(save.scenario.hash);
    const report = buildReport(scenario!, save);
    for (const [format, text] of [
      ['markdown', toMarkdown(report)],
      ['json', toJson(report)],
      ['html', toHtml(report)],
    ] as const) {
      expect(text, format).toContain('Legal argued for silence; the CISO disagreed.');
      expect(text, format).toContain('Debrief: start with the 72-hour clock.');
      expect(text, format).toContain('Blue team');
    }

    expect(errors).toEqual([]);
    expect(room.projectorErrors).toEqual([]);
    console.info('projector latency after a console command (ms):', latencies);
    expect(latencies.filter(({ ms }) => ms > BUDGET_MS)).toEqual([]);
    await room.context.close();
  });

  it('keeps a second console read-only, and hands it control when the first closes', async () => {
    const room = await openRoom();
    const { page: first } = await openConsole(room);
    const second = await room.context.newPage();
    await second.goto(first.url());
    await second.getByText('Another console controls this session').waitFor();
    await second.getByText('Read-only', { exact: true }).waitFor();
    await second.getByRole('heading', { name: 'An odd spike in the app logs' }).waitFor();
    for (const name of ['Pause', 'Undo last decision', 'Add note', `Push inject: ${PUSHED}`]) {
      expect(await second.getByRole('button', { name }).isDisabled(), name).toBe(true);
    }
    expect(await second.getByRole('button', { name: /^Record the room's choice/ }).first().isDisabled()).toBe(true);
    await screenshot(second, 'facilitator-console-read-only');

    // The first console still has control, and the second follows what it does.
    await first.getByRole('button', { name: 'Pause' }).click();
    await room.projector.getByText('The facilitator has paused the exercise').waitFor(PROMPTLY);
    await second.getByRole('button', { name: 'Resume' }).waitFor(PROMPTLY);

    await first.close();
    await second.getByText('You control this session').waitFor({ timeout: 5000 });
    await second.getByRole('button', { name: 'Resume' }).click();
    await room.projector.getByText('The facilitator has paused the exercise').waitFor({ state: 'detached', ...PROMPTLY });
    await room.context.close();
  });

  it('controls nothing from another session, and ignores messages that do not parse', async () => {
    const room = await openRoom();
    const { page: facilitator } = await openConsole(room);
    const session = new URL(facilitator.url()).searchParams.get('session')!;

    const stranger = await room.context.newPage();
    await stranger.goto(`${app.url}facilitator.html?session=${'x'.repeat(22)}`);
    await stranger.getByText('Waiting for the projector window of this session').waitFor();
    await stranger.getByText('Projector not connected').waitFor();
    expect(await stranger.getByRole('button', { name: 'Pause' }).isVisible()).toBe(false);
    await screenshot(stranger, 'facilitator-console-other-session');

    // Someone posting on this session's channel by hand: another session's id, another
    // version, a command from a console that holds no lease, garbage.
    await stranger.evaluate((id) => {
      const channel = new BroadcastChannel(`crisis-room:${id}`);
      const base = { protocol: 'crisis-room.facilitation', v: 1, session: id };
      channel.postMessage({ ...base, session: 'y'.repeat(22), type: 'command', console: 'a'.repeat(16), id: 'b'.repeat(16), command: { kind: 'end' } });
      channel.postMessage({ ...base, v: 2, type: 'command', console: 'a'.repeat(16), id: 'b'.repeat(16), command: { kind: 'end' } });
      channel.postMessage({ ...base, type: 'command', console: 'a'.repeat(16), id: 'b'.repeat(16), command: { kind: 'pause' } });
      channel.postMessage('<img src=x onerror=alert(1)>');
      channel.close();
    }, session);
    await expect.poll(() => room.warnings.length).toBe(3);
    expect(room.warnings).toEqual([
      'crisis-room facilitation: ignored a message for another session',
      'crisis-room facilitation: ignored a message (protocol version 2, expected 1)',
      'crisis-room facilitation: ignored a message (not an object)',
    ]);
    await room.projector.waitForTimeout(500);
    expect(await room.projector.getByText('The facilitator has paused the exercise').count()).toBe(0);
    expect(await projectorBeat(room, 'An odd spike in the app logs').isVisible()).toBe(true);

    const lost = await room.context.newPage();
    await lost.goto(`${app.url}facilitator.html`);
    await lost.getByText('This console needs a session.').waitFor();
    await room.context.close();
  });

  it('loses nothing when either window is reloaded', async () => {
    const room = await openRoom();
    const { page: facilitator } = await openConsole(room);
    await facilitator.getByLabel('Observer note (timestamped against the current beat)').fill('Before the reloads.');
    await facilitator.getByRole('button', { name: 'Add note' }).click();
    await facilitator.getByRole('button', { name: "Record the room's choice: Publish a preliminary notice today" }).click();
    await projectorBeat(room, 'The forensics report').waitFor(PROMPTLY);

    await facilitator.reload();
    await facilitator.getByText('You control this session').waitFor();
    await facilitator.getByRole('heading', { name: 'The forensics report' }).waitFor();
    await facilitator.getByRole('list', { name: 'Notes so far' }).getByText('Before the reloads.').waitFor();

    await room.projector.goto(`${app.url}index.html`);
    await room.projector.getByRole('button', { name: 'Resume' }).click();
    await projectorBeat(room, 'The forensics report').waitFor();
    await facilitator.getByText('Projector connected').waitFor();
    await facilitator.getByText('You control this session').waitFor({ timeout: 5000 });
    await facilitator.getByRole('button', { name: 'Pause' }).click();
    await room.projector.getByText('The facilitator has paused the exercise').waitFor(PROMPTLY);
    await room.context.close();
  });
});
