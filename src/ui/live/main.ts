/**
 * live.html: a live session across devices. `?code=` opens a team's join form (or rejoins with
 * this device's token); `#facilitator=<code>.<secret>` returns a facilitator to their session;
 * no parameter shows both doors. `?server=` names a session server other than this page's origin.
 */
import '../styles/base.css';
import '../styles/screens.css';
import '../styles/war-room.css';
import '../styles/injects.css';
import './live.css';
import { loadCore } from '../core';
import { h } from '../dom/h';
import { serverEndpoint, type LinkStatus } from './connection';
import { runFacilitatorPage, type FacilitatorStart } from './facilitator-page';
import { joinForm, normaliseCode, startForm } from './join-forms';
import { runTeamPage, storedToken } from './team-page';

const ui = document.getElementById('ui')!;
const endpoint = serverEndpoint(window.location);
const status = h('p', { class: 'live-status', attrs: { role: 'status' } });
const content = h('div');
ui.replaceChildren(status, content);

const statusLine = (next: LinkStatus): void => {
  status.textContent =
    next.kind === 'connected' ? `Connected to the session server.` : next.kind === 'reconnecting' ? `Reconnecting to the session server: ${next.why}` : next.message;
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
      if (!request.code || !request.team) return fail(new Error('Type the join code and your team name.'));
      void runTeamPage(content, core, endpoint, request, statusLine).catch(fail);
    }),
  );
}

async function doors(): Promise<void> {
  let scenarios: string[] = [];
  try {
    const response = await fetch(`${endpoint}/live/scenarios`);
    scenarios = response.ok ? ((await response.json()) as string[]) : [];
  } catch {
    fail(new Error(`The session server at ${endpoint} cannot be reached. Start it with npm start (or npm run serve), or play on one projector from the game's menu: that needs no server.`));
  }
  content.append(
    joinForm('', (request) => void team(request.code)),
    startForm(scenarios, (choice) => void facilitator(choice)),
  );
}

const params = new URLSearchParams(window.location.search);
const hash = /^#facilitator=([A-Z2-9]+)\.([\w-]+)$/.exec(window.location.hash);
if (hash) void facilitator({ code: hash[1]!, secret: hash[2]! });
else if (params.get('code')) void team(normaliseCode(params.get('code') ?? ''));
else void doors();
