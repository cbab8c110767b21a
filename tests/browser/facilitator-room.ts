/**
 * Shared plumbing of the facilitator browser tests: a browser profile with the tutorial's war room
 * on the projector, the console opened from the game's own button, and an in-browser measure of
 * how long the projector takes to show a console's command.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { watchForErrors, type App } from './harness.ts';

export const SCENARIO = 'tutorial_loyalty_leak';
export const PUSHED = "A reporter has the developer's internal ticket";
/** "Within a second": how long the projector may take to show a console's command. */
export const BUDGET_MS = 1000;
/** Waits long enough to measure a miss rather than merely time out on it. */
export const PROMPTLY = { timeout: 10 * BUDGET_MS } as const;

export interface Latency {
  readonly what: string;
  /** From the click in the console to the projector's DOM showing the result. */
  readonly ms: number;
  /** From the click to the console's status line giving the projector's answer (the channel's round trip). */
  readonly answeredMs: number;
}

export interface Sign {
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
export async function promptly(
  what: string,
  projector: Page,
  button: Locator,
  sign: Sign,
): Promise<Latency> {
  await projector.evaluate(({ selector, text, gone }) => {
    const shows = (): boolean => {
      const hit = [...document.querySelectorAll(selector)].some((element) =>
        element.textContent?.includes(text),
      );
      return gone ? !hit : hit;
    };
    if (shows()) throw new Error(`the projector already shows "${text}"`);
    (window as unknown as { seen: Promise<number> }).seen = new Promise<number>((done) => {
      const observer = new MutationObserver(() => {
        if (!shows()) return;
        observer.disconnect();
        done(Date.now());
      });
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
  }, sign);
  await button.evaluate((element) => {
    const marks = window as unknown as { clickedAt: number; answered: Promise<number> };
    element.addEventListener('click', () => (marks.clickedAt = Date.now()), {
      once: true,
      capture: true,
    });
    const status = document.getElementById('console-status') as HTMLElement;
    status.textContent = '';
    marks.answered = new Promise<number>((done) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        done(Date.now());
      });
      observer.observe(status, { subtree: true, childList: true, characterData: true });
    });
  });
  await button.click();
  const seenAt = await projector.evaluate(
    ({ limit }) =>
      Promise.race([
        (window as unknown as { seen: Promise<number> }).seen,
        new Promise<number>((_, fail) =>
          setTimeout(() => fail(new Error('the projector never showed it')), limit),
        ),
      ]),
    { limit: PROMPTLY.timeout },
  );
  const [clickedAt, answeredAt] = await button.page().evaluate(async () => {
    const marks = window as unknown as { clickedAt: number; answered: Promise<number> };
    return [marks.clickedAt, await marks.answered] as const;
  });
  return { what, ms: seenAt - clickedAt, answeredMs: answeredAt - clickedAt };
}

export interface Room {
  readonly context: BrowserContext;
  readonly projector: Page;
  readonly projectorErrors: string[];
  readonly warnings: string[];
}

/** A fresh browser profile with a scenario's war room (the tutorial's by default) on the projector, team named. */
export async function openRoom(browser: Browser, app: App, scenario = SCENARIO): Promise<Room> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const projector = await context.newPage();
  const projectorErrors = watchForErrors(projector);
  const warnings: string[] = [];
  projector.on('console', (message) => {
    if (message.type() === 'warning' && message.text().startsWith('crisis-room facilitation'))
      warnings.push(message.text());
  });
  await projector.goto(`${app.url}index.html?scenario=${scenario}&seed=7`);
  await projector.getByLabel('Team name').fill('Blue team');
  await projector.getByRole('button', { name: 'Continue' }).click();
  await projector.getByRole('group', { name: 'Choices' }).waitFor();
  return { context, projector, projectorErrors, warnings };
}

/** The facilitator PIN the tests set in the game and type in the console. */
export const PIN = '4821';

/**
 * Presses the game's "Open facilitator console" (setting the PIN the first time), enters the PIN
 * in the console, and waits until the console has control.
 */
export async function openConsole(room: Room): Promise<{ page: Page; errors: string[] }> {
  const dialog = room.projector.getByRole('dialog', { name: 'Set a facilitator PIN' });
  const opened = room.context.waitForEvent('page');
  await room.projector.getByRole('button', { name: 'Open facilitator console' }).click();
  // The PIN dialog is loaded on the first press, so it shows a moment after the click; once a PIN
  // is set the console opens at once. Whichever comes first says which it is.
  const first = await Promise.race([
    opened.then(() => 'console' as const),
    dialog.waitFor({ state: 'visible' }).then(
      () => 'dialog' as const,
      () => 'none' as const,
    ),
  ]);
  if (first === 'dialog') {
    await dialog.getByLabel('Facilitator PIN (4 to 12 digits)').fill(PIN);
    await dialog.getByRole('button', { name: 'Set PIN and open the console' }).click();
  }
  const page = await opened;
  const errors = watchForErrors(page);
  await enterPin(page);
  await page.getByText('You control this session').waitFor();
  return { page, errors };
}

/** Types the PIN into a console's PIN form. */
export async function enterPin(page: Page, pin = PIN): Promise<void> {
  await page.getByLabel('Facilitator PIN').fill(pin);
  await page.getByRole('button', { name: 'Open the console' }).click();
}

export function projectorBeat(room: Room, title: string) {
  return room.projector.getByRole('heading', { level: 1, name: title });
}
