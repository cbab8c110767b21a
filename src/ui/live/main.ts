/**
 * live.html: a live session across devices. `?code=` opens a team's join form (or rejoins with
 * this device's token); `#facilitator=<code>.<secret>` returns a facilitator to their session;
 * `#projector=<code>.<key>` is the projector's board; `?workshop` starts a session on the scenario
 * the workshop handed over ("Run it live"); no parameter shows both doors. `?server=` names a
 * session server other than this page's origin.
 */
// The game's stylesheets, all of them and in the game's order: a stylesheet both pages import goes
// into a shared file loaded after the game's own, so a subset here would put the war room's rules
// after the game's phone and projector overrides and undo them.
import '../styles/base.css';
import '../styles/screens.css';
import '../styles/war-room.css';
import '../styles/injects.css';
import '../styles/save-notices.css';
import '../styles/outcome.css';
import '../styles/projector.css';
import '../styles/phone.css';
import './live.css';
import { loadCatalog } from '../catalog';
import { loadCore } from '../core';
import { t } from '../lang/ui-language';
import { settleLiveLanguage, show } from './live-language';
import { button, h } from '../dom/h';
import { serverEndpoint, type LinkStatus } from './connection';
import { runFacilitatorPage, type FacilitatorStart } from './facilitator-page';
import { readHandoff } from '../workshop-handoff';
import { joinForm, normaliseCode, startForm } from './join-forms';
import { runProjectorPage } from './projector-page';
import { runTeamPage, storedToken } from './team-page';

const ui = document.getElementById('ui')!;
// Every view builds its words as it is made: the page's language comes first.
const startMessages = await settleLiveLanguage();
document.title = t('live.title');
const endpoint = serverEndpoint(window.location);
const status = h('p', { class: 'live-status', attrs: { role: 'status' } });
const content = h('div');
ui.replaceChildren(status, content);
for (const message of startMessages) content.append(h('p', { class: 'banner banner--error', attrs: { role: 'alert' } }, message.text));

const statusLine = (next: LinkStatus): void => {
  status.textContent =
    next.kind === 'connected' ? t('live.status.connected') : next.kind === 'reconnecting' ? t('live.status.reconnecting', { why: next.why }) : next.message;
  status.className = `live-status live-status--${next.kind}`;
};

const fail = (error: unknown): void => {
  const message = error instanceof Error ? error.message : String(error);
  status.textContent = '';
  content.prepend(h('p', { class: 'banner banner--error', attrs: { role: 'alert' } }, message));
};

async function facilitator(start: FacilitatorStart): Promise<void> {
  await runFacilitatorPage(content, endpoint, start, statusLine).catch(fail);
}

async function team(code: string): Promise<void> {
  const core = await loadCore();
  const token = storedToken(code);
  if (token) {
    await runTeamPage(content, core, endpoint, { code, token }, statusLine).catch(fail);
    return;
  }
  content.replaceChildren(
    joinForm(code, (request) => {
      if (!request.code || !request.team) return fail(new Error(t('live.join.missing')));
      void runTeamPage(content, core, endpoint, request, statusLine).catch(fail);
    }),
  );
}

/** "Run it live": the workshop's scenario, started on the server (which checks it with the same loader). */
function fromWorkshop(): void {
  const handoff = readHandoff();
  if (!handoff) {
    fail(new Error(t('live.workshop.none')));
    void doors();
    return;
  }
  content.replaceChildren(
    h(
      'section',
      { class: 'panel live-form', attrs: { 'aria-labelledby': 'workshop-title' } },
      h('h2', { attrs: { id: 'workshop-title' } }, t('live.workshop.title')),
      h('p', null, t('live.workshop.intro', { file: handoff.file })),
      button(t('live.start.submit'), () => void facilitator({ source: handoff.source }), { class: 'btn btn--primary' }),
    ),
  );
}

/** The server names its scenarios by file; the facilitator picks them by title, in the page's language. */
async function titled(files: readonly string[]): Promise<{ id: string; title: string }[]> {
  const catalog = await loadCatalog().catch(() => []);
  return files.map((id) => {
    const scenario = catalog.find((entry) => entry.file === `${id}.yaml`)?.scenario;
    return { id, title: scenario ? show(scenario.meta.title) : id };
  });
}

async function doors(): Promise<void> {
  let scenarios: string[] = [];
  try {
    const response = await fetch(`${endpoint}/live/scenarios`);
    scenarios = response.ok ? ((await response.json()) as string[]) : [];
  } catch {
    fail(new Error(t('live.doors.noServer', { endpoint })));
  }
  content.append(
    joinForm('', (request) => void team(request.code)),
    startForm(await titled(scenarios), (choice) => void facilitator(choice)),
  );
}

const params = new URLSearchParams(window.location.search);
const hash = /^#facilitator=([A-Z2-9]+)\.([\w-]+)$/.exec(window.location.hash);
const projector = /^#projector=([A-Z2-9]+)\.([\w-]+)$/.exec(window.location.hash);
if (hash) void facilitator({ code: hash[1]!, secret: hash[2]! });
else if (projector) void runProjectorPage(content, endpoint, projector[1]!, projector[2]!, statusLine).catch(fail);
else if (params.has('workshop')) fromWorkshop();
else if (params.get('code')) void team(normaliseCode(params.get('code') ?? ''));
else void doors();
