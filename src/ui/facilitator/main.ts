/**
 * The facilitator console page (`facilitator.html?session=<channel id>`): connects to the
 * projector window of that session, rebuilds the exercise from its snapshot and keeps it in step,
 * and sends the facilitator's commands while this window holds control.
 */
import './console-english.ts';
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
import { signingKeyPanel } from './signing-key-panel.ts';
import { askPin, type PinKey } from './pin-gate.ts';
import { matchScenario } from './scenario-match.ts';
import { setEnabled, setLanguage, t, type View } from './view.ts';
import { t as ui, translator, uiLang } from '../lang/ui-language.ts';
import { chooseLanguage } from '../lang/language-choice.ts';
import { settleLanguage } from '../lang/settle-language.ts';
import { languageSwitch } from '../views/language-switch.ts';
import type { Lang } from '../../i18n/languages.ts';
import { refusalText } from '../../i18n/refusal-words.ts';

const root = document.getElementById('console') as HTMLElement;

// The panels build their words once, as they are made: the page's language comes first.
const startMessages: { text: string }[] = [];
await settleLanguage(new URLSearchParams(location.search).get('lang'), startMessages);
document.title = ui('console.title');
const announcer = document.getElementById('console-status') as HTMLElement;

const heading = h('h1', null, ui('console.title'));
const subtitle = h('p', { class: 'subtitle' }, ui('console.connecting'));
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
    // Not a session panel: the key belongs to this computer, so it is never disabled with them.
    signingKeyPanel(),
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
      : ui('console.notDone', { reason: (result.reason === undefined ? ui('console.refused') : refusalText({ text: result.reason, ...result }, translator())).replace(/\.$/, '') }),
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
  connection.textContent = present ? ui('console.projectorConnected') : ui('console.projectorNotConnected');
  connection.className = `badge ${present ? 'badge--ok' : 'badge--warn'}`;
  control.textContent = controls ? ui('console.youControl') : ui('console.readOnly');
  control.className = `badge ${controls ? 'badge--ok' : 'badge--muted'}`;
  control.hidden = !present;
  if (!model.session) subtitle.textContent = ui('console.waitingProjector');

  if (model.projector === 'waiting') {
    showBanner(ui('console.bannerWaiting'));
  } else if (model.projector === 'closed') {
    showBanner(ui('console.bannerClosed'), 'warning');
  } else if (model.projector === 'lost') {
    showBanner(ui('console.bannerLost'), 'warning');
  } else if (!controls) {
    showBanner(
      model.controller === null
        ? ui('console.bannerTaking')
        : ui('console.bannerOther'),
      model.controller === null ? 'info' : 'warning',
    );
  } else {
    showBanner(null);
  }

  const session = model.session;
  if (!session) return;
  if (session.pinCheck === undefined) {
    showBanner(ui('console.bannerNoPin'), 'warning');
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
  subtitle.textContent = session.team ? ui('console.subtitleTeam', { title: t(scenario.meta.title), team: session.team }) : ui('console.subtitleNoTeam', { title: t(scenario.meta.title) });
  document.title = ui('console.pageTitle', { title: t(scenario.meta.title) });
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
  if (session.pinCheck !== pinKey?.check) return ui('console.pinMismatch');
  return null;
}

async function start(error: string | null = null): Promise<void> {
  const session = params().get('session');
  setLanguage(uiLang());
  if (isChannelId(session)) {
    pinKey = await askPin(root, session, error);
  }
  root.replaceChildren(header, banner, grid, roleCards.element, guideView.element);
  header.querySelector('.language-switch')?.remove();
  header.append(languageSwitch(uiLang(), (lang) => void switchLanguage(lang)));
  if (!isChannelId(session)) {
    subtitle.textContent = ui('console.noSession');
    showBanner(ui('console.bannerNoSession'), 'warning');
    return;
  }
  link = connectConsole(session, render, Date.now, pinKey?.key ?? null);
  render(link.model());
  ticking ??= setInterval(() => clock.tick(Date.now()), 250);
}

let ticking: ReturnType<typeof setInterval> | undefined;

/**
 * The console's switch: this window (and the pages opened after it) speak `lang`. The panels
 * build their words once, so the page reloads in the new language (the PIN is asked again).
 */
async function switchLanguage(lang: Lang): Promise<void> {
  chooseLanguage(lang);
  location.reload();
}

void start(startMessages[0]?.text ?? null);
