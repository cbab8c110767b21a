/**
 * The facilitator console page (`facilitator.html?session=<channel id>`): connects to the
 * projector window of that session, rebuilds the exercise from its snapshot and keeps it in step,
 * and sends the facilitator's commands while this window holds control.
 */
import { compileRules, type Rules } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/types.ts';
import { h } from '../dom/h.ts';
import { connectConsole, type ConsoleLink, type ConsoleModel } from '../sync/console-link.ts';
import { isChannelId } from '../sync/ids.ts';
import type { Command } from '../sync/protocol.ts';
import { actionsPanel } from './actions-panel.ts';
import { authorNotesPanel } from './author-notes-panel.ts';
import { beatPanel } from './beat-panel.ts';
import { clockPanel } from './clock-panel.ts';
import { decisionPanel } from './decision-panel.ts';
import { describeCommand } from './describe-command.ts';
import { evaluationGuideView } from './evaluation-guide.ts';
import { evaluationGuidePanel } from './evaluation-guide-panel.ts';
import { roomSwitchesPanel } from './room-switches-panel.ts';
import './facilitator.css';
import { injectsPanel } from './injects-panel.ts';
import { metersPanel } from './meters-panel.ts';
import { modulePanel } from './module-panel.ts';
import { notesPanel } from './notes-panel.ts';
import { roleCardsView } from './role-cards.ts';
import { roleCardsPanel } from './role-cards-panel.ts';
import { askPin, type PinKey } from './pin-gate.ts';
import { matchScenario } from './scenario-match.ts';
import { setEnabled, setLanguage, t, type View } from './view.ts';

const root = document.getElementById('console') as HTMLElement;
const announcer = document.getElementById('console-status') as HTMLElement;

const heading = h('h1', null, 'Facilitator console');
const subtitle = h('p', { class: 'subtitle' }, 'Connecting\u2026');
const connection = h('span', { class: 'badge' });
const control = h('span', { class: 'badge' });
const banner = h('div', { class: 'banner', attrs: { role: 'status', hidden: true } });
const header = h(
  'header',
  { class: 'console-header' },
  h('div', null, heading, subtitle),
  h('div', { class: 'badges' }, connection, control),
);

const beat = beatPanel();
const decision = decisionPanel();
const clock = clockPanel();
const roomSwitches = roomSwitchesPanel();
const meters = metersPanel();
const injects = injectsPanel();
const actions = actionsPanel();
const notes = notesPanel();
const roleCards = roleCardsView(() => roles.button.focus());
const roles = roleCardsPanel((scenario, withInjects) => roleCards.show(scenario, withInjects));
const module = modulePanel();
const guideView = evaluationGuideView(() => guide.button.focus());
const guide = evaluationGuidePanel((scenario) => guideView.show(scenario));
const authorNotes = authorNotesPanel();
const panels = [beat, module, decision, guide, authorNotes, clock, roomSwitches, meters, injects, actions, notes, roles];
const grid = h(
  'div',
  { class: 'console-grid', attrs: { hidden: true } },
  h('div', { class: 'column column--beat' }, beat.element, module.element),
  h('div', { class: 'column column--decision' }, decision.element, guide.element, authorNotes.element),
  h(
    'div',
    { class: 'column column--controls' },
    clock.element,
    roomSwitches.element,
    notes.element,
    meters.element,
    injects.element,
    roles.element,
    actions.element,
  ),
);

let link: ConsoleLink | null = null;
let loaded:
  { key: string; scenario: Scenario; rules: Rules } | { key: string; error: string } | null = null;
let loading: string | null = null;

function params(): URLSearchParams {
  return new URLSearchParams(location.search);
}

function announce(message: string): void {
  announcer.textContent = message;
}

async function send(command: Command): Promise<boolean> {
  if (!link) return false;
  const result = await link.send(command);
  const scenario = loaded && 'scenario' in loaded ? loaded.scenario : null;
  announce(
    result.accepted
      ? describeCommand(command, scenario)
      : `Not done: ${(result.reason ?? 'refused').replace(/\.$/, '')}.`,
  );
  return result.accepted;
}

function showBanner(text: string | null, tone: 'info' | 'warning' = 'info'): void {
  banner.hidden = text === null;
  banner.className = `banner banner--${tone}`;
  banner.textContent = text ?? '';
}

function render(model: ConsoleModel): void {
  const mismatch = pinMismatch(model);
  if (mismatch) {
    link?.close();
    link = null;
    grid.hidden = true;
    void start(mismatch);
    return;
  }
  const present = model.projector === 'present';
  const controls = present && model.controller === model.self;
  connection.textContent = present ? 'Projector connected' : 'Projector not connected';
  connection.className = `badge ${present ? 'badge--ok' : 'badge--warn'}`;
  control.textContent = controls ? 'You control this session' : 'Read-only';
  control.className = `badge ${controls ? 'badge--ok' : 'badge--muted'}`;
  control.hidden = !present;
  if (!model.session) subtitle.textContent = 'Waiting for the projector';

  if (model.projector === 'waiting') {
    showBanner(
      'Waiting for the projector window of this session. Keep the game open in another window of this browser; ' +
        'if it runs a different exercise, open the console from that exercise\u2019s "Open facilitator console" button.',
    );
  } else if (model.projector === 'closed') {
    showBanner(
      'The projector window closed this session. Resume it in the game and this console reconnects by itself; ' +
        'a new exercise gets its own console from its own button.',
      'warning',
    );
  } else if (model.projector === 'lost') {
    showBanner(
      'The projector window stopped answering. This console reconnects when it is back.',
      'warning',
    );
  } else if (!controls) {
    showBanner(
      model.controller === null
        ? 'Taking control of this session\u2026'
        : 'Another console controls this session. This window is read-only; it takes over when the other console closes.',
      model.controller === null ? 'info' : 'warning',
    );
  } else {
    showBanner(null);
  }

  const session = model.session;
  if (!session) return;
  if (session.pinCheck === undefined) {
    showBanner('The game has no facilitator PIN yet. Press "Open facilitator console" in the game and set one there; this console then opens by itself.', 'warning');
    grid.hidden = true;
    return;
  }
  const key = `${session.scenario.id}:${session.scenario.hash}`;
  if (loaded?.key !== key) {
    if (loading !== key) {
      loading = key;
      void matchScenario(session.scenario).then((match) => {
        loading = null;
        loaded = match.ok
          ? { key, scenario: match.scenario, rules: compileRules(match.scenario) }
          : { key, error: match.message };
        if (link) render(link.model());
      });
    }
    return;
  }
  if ('error' in loaded) {
    showBanner(loaded.error, 'warning');
    grid.hidden = true;
    return;
  }
  const { scenario, rules } = loaded;
  const lang = params().get('lang');
  document.documentElement.lang =
    lang && scenario.languages.includes(lang) ? lang : (scenario.languages[0] ?? 'en');
  subtitle.textContent = `${t(scenario.meta.title)} \u00b7 ${session.team ? `Team: ${session.team}` : 'No team name'}`;
  document.title = `Facilitator \u00b7 ${t(scenario.meta.title)}`;
  const view: View = { scenario, rules, session, canAct: controls && !session.finished, send };
  const focused = document.activeElement;
  grid.hidden = false;
  for (const panel of panels) panel.update(view);
  // Observer notes may still be added after the end, for the debrief; nothing else may change.
  for (const panel of panels)
    setEnabled(panel.element, controls && (panel === notes || !session.finished));
  // A choice or a beat change can remove the focused button: keep keyboard users in the console.
  if (focused instanceof HTMLElement && focused !== document.body && !focused.isConnected) {
    document.getElementById('beat-title')?.focus();
  }
}

/** The PIN's key and check value, once the facilitator has entered it. */
let pinKey: PinKey | null = null;

/**
 * The console shows the session only to a facilitator whose PIN matches the game's (the
 * snapshot's check value); a wrong PIN closes the link and asks again.
 */
function pinMismatch(model: ConsoleModel): string | null {
  const session = model.session;
  if (!session) return null;
  // No check yet: a projector just reloaded sends its snapshot before its PIN is restored, and
  // sends another once it is; render waits for it.
  if (session.pinCheck === undefined) return null;
  if (session.pinCheck !== pinKey?.check) return 'That PIN does not match the one set in the game. Try again.';
  return null;
}

async function start(error: string | null = null): Promise<void> {
  const session = params().get('session');
  setLanguage(params().get('lang') ?? undefined);
  if (isChannelId(session)) {
    pinKey = await askPin(root, session, error);
  }
  root.replaceChildren(header, banner, grid, roleCards.element, guideView.element);
  if (!isChannelId(session)) {
    subtitle.textContent = 'No session';
    showBanner(
      'This console needs a session. Open it with the "Open facilitator console" button in the game, which links it to that session.',
      'warning',
    );
    return;
  }
  link = connectConsole(session, render, Date.now, pinKey?.key ?? null);
  render(link.model());
  ticking ??= setInterval(() => clock.tick(Date.now()), 250);
}

let ticking: ReturnType<typeof setInterval> | undefined;

void start();
