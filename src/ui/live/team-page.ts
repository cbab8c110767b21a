/**
 * A team member's live page: join (or rejoin with this device's token), play from the team's
 * log as the server sends it, and read the team's own report when the facilitator ends.
 */
import type { Scenario } from '../../scenario/types';
import type { Core } from '../core';
import { h } from '../dom/h';
import { t } from '../lang/ui-language';
import { show } from './live-language';
import { openLink, type LinkStatus, type LiveLink } from './connection';
import { teamDebrief } from './debrief-view';
import type { JoinRequest } from './join-forms';
import { decisionTimer } from '../../engine/timer';
import { showDecisionTimer } from '../views/timer-display';
import { logHandlers, ServerClock, TeamLogs, type TeamRoster, type Welcome } from './live-types';
import { announce, replaceKeepingFocus } from './render';
import { refusedWords, type RefusedMessage } from './refused';
import { teamScreen } from './team-screen';

const tokenKey = (code: string): string => `crisis-room.live.token.${code}`;

export function storedToken(code: string): string | null {
  return localStorage.getItem(tokenKey(code));
}

export async function runTeamPage(root: HTMLElement, core: Core, endpoint: string, join: JoinRequest | { code: string; token: string }, statusLine: (status: LinkStatus) => void): Promise<void> {
  const logs = new TeamLogs();
  let welcome: Welcome | null = null;
  let roster: TeamRoster[] = [];
  /** The team's proposals on the log length `at`: once the log moves on they have lapsed. */
  let proposals: { at: number; proposals: Record<string, string> } = { at: -1, proposals: {} };
  let ended = false;
  let link: LiveLink | null = null;
  const clock = new ServerClock();
  /** The team's own decision clock, counted on the server's time (pause and extend are in the log). */
  let tick = (): void => undefined;

  const render = (): void => {
    if (!welcome?.team || !link) return;
    const scenario: Scenario = welcome.scenario;
    const team = welcome.team;
    const log = logs.logs.get(team) ?? [];
    if (ended) {
      const container = h('div', { class: 'live-debrief' });
      teamDebrief(container, scenario, team, log);
      root.replaceChildren(h('h1', { class: 'visually-hidden' }, t('live.team.reportTitle', { team })), container);
      return;
    }
    const members = roster.find((entry) => entry.team === team)?.members ?? [];
    const me = members.find((member) => member.id === welcome?.you?.id);
    const send = link;
    const screen = teamScreen({
        core,
        scenario,
        team,
        me,
        members,
        log,
        proposals: proposals.at === log.length ? proposals.proposals : {},
        text: show,
        onChoose: (choice) => send.send('intent', { at: log.length, kind: me?.decider ? 'choose' : 'propose', choice: choice.id }),
        onContinue: () => send.send('intent', { at: log.length, kind: 'continue' }),
        onRole: (role) => send.send('role', { role: role === '' ? null : role }),
    });
    replaceKeepingFocus(root, screen.root);
    const timer = screen.timer;
    tick = () => timer && showDecisionTimer(timer, decisionTimer(scenario, log, clock.now()));
    tick();
  };

  const first = 'token' in join ? { code: join.code, token: join.token } : { code: join.code, team: join.team, name: join.name };
  link = await openLink({
    endpoint,
    first: { method: 'joinOrCreate', options: first },
    rejoin: () => (welcome ? { code: welcome.code, token: storedToken(welcome.code) ?? '' } : null),
    on: {
      welcome: (message: Welcome) => {
        welcome = message;
        ended = message.ended;
        clock.sync(message.now);
        if (message.token) localStorage.setItem(tokenKey(message.code), message.token);
      },
      ...logHandlers(logs, clock, (teams) => (roster = teams), () => render()),
      proposals: (message: { at: number; proposals: Record<string, string> }) => {
        proposals = message;
        render();
      },
      refused: (message: RefusedMessage) => {
        const line = t('live.status.refused', { reason: refusedWords(message) });
        announce(line);
        statusLine({ kind: 'failed', message: line });
      },
      ack: () => undefined,
      ended: () => {
        ended = true;
        render();
      },
    },
    onStatus: statusLine,
  });
  render();
  setInterval(() => tick(), 1000);
}
