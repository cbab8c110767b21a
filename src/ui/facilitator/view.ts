/**
 * What every panel of the console is drawn from, and the small helpers they share. Panels build
 * their elements once and update them in place, so focus and typed text survive each update.
 */
import type { Rules } from '../../engine/index.ts';
import { text as pick } from '../../scenario/index.ts';
import type { Scenario, Text } from '../../scenario/types.ts';
import type { ConsoleModel } from '../sync/console-link.ts';
import type { Command } from '../sync/protocol.ts';
import { t as ui } from '../lang/ui-language.ts';

export interface View {
  readonly scenario: Scenario;
  readonly rules: Rules;
  readonly session: NonNullable<ConsoleModel['session']>;
  /** This console may send commands: the projector is there and this console holds control. */
  readonly canAct: boolean;
  /** Sends a command, reports the outcome in the status line, and resolves with whether it was done. */
  send(command: Command): Promise<boolean>;
}

export interface Panel {
  readonly element: HTMLElement;
  update(view: View): void;
}

let language: string | undefined;

/** Shows scenario text in this language where the scenario has it (the console's `?lang=`). */
export function setLanguage(lang: string | undefined): void {
  language = lang;
}

export function t(value: Text | undefined): string {
  return value === undefined ? '' : pick(value, language);
}

/**
 * The language `t(value)` shows: the console's where the text has it, else the text's first, and a
 * plain string is in the scenario's first language (`first`). Marks text left in another language.
 */
export function shownLanguage(value: Text, first: string): string {
  if (typeof value === 'string') return first;
  if (language !== undefined && Object.hasOwn(value, language)) return language;
  return Object.keys(value)[0] ?? first;
}

/**
 * Rebuilds a container's children only when `key` changed. Focus inside it moves to the new
 * element with the same `data-key`, so a keyboard user does not lose their place.
 */
export function keyed(container: HTMLElement, key: string, build: () => readonly Node[]): void {
  if (container.dataset.key === key) return;
  container.dataset.key = key;
  const active = document.activeElement;
  const focusKey =
    active instanceof HTMLElement && container.contains(active) ? active.dataset.key : undefined;
  container.replaceChildren(...build());
  if (focusKey !== undefined) {
    const again = [...container.querySelectorAll<HTMLElement>('[data-key]')].find(
      (el) => el.dataset.key === focusKey,
    );
    again?.focus();
  }
}

/** Enables or disables every control in a panel at once. */
export function setEnabled(root: HTMLElement, enabled: boolean): void {
  for (const control of root.querySelectorAll<
    HTMLButtonElement | HTMLSelectElement | HTMLTextAreaElement
  >('button, select, textarea')) {
    if (control.dataset.always === 'on') continue;
    control.disabled = !enabled || control.dataset.blocked === 'true';
  }
}

/** "1:05" for 65 seconds. */
export function clockText(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** "31 h" or "45 min" of in-game time. */
export function hoursText(hours: number): string {
  if (hours >= 1) return ui('console.time.hours', { hours: Math.round(hours * 10) / 10 });
  return ui('console.time.minutes', { minutes: Math.max(0, Math.round(hours * 60)) });
}
