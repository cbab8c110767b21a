/**
 * The facilitator's live page: start a session (or return to one with the link's secret), show
 * the join code and its QR code for the projector, run the dashboard, and end with the comparison.
 */
import QRCode from 'qrcode';
import type { LogEntry } from '../../engine/types';
import type { ConsoleCommand } from '../../protocol/live';
import { button, h } from '../dom/h';
import { t } from '../lang/ui-language';
import { show } from './live-language';
import { openLink, type LinkStatus, type LiveLink } from './connection';
import { dashboard } from './dashboard';
import { comparisonDebrief } from './debrief-view';
import { logHandlers, ServerClock, TeamLogs, type TeamRoster, type Welcome } from './live-types';
import { announce, replaceKeepingFocus } from './render';
import { refusedWords, type RefusedMessage } from './refused';

export type FacilitatorStart = { readonly scenario: string } | { readonly source: string } | { readonly code: string; readonly secret: string };

export async function runFacilitatorPage(root: HTMLElement, endpoint: string, start: FacilitatorStart, statusLine: (status: LinkStatus) => void): Promise<void> {
  const logs = new TeamLogs();
  let welcome: Welcome | null = null;
  let secret = 'secret' in start ? start.secret : '';
  let roster: TeamRoster[] = [];
  /** Each team's proposals on the log length `at`; once its log moves on they have lapsed. */
  const proposals = new Map<string, { at: number; proposals: Record<string, string> }>();
  let ended = false;
  let revealed = false;
  const clock = new ServerClock();
  let qr = '';
  let link: LiveLink | null = null;
  const board = h('div');

  const teamLink = (code: string): string => `${location.origin}${location.pathname}?code=${code}`;
  const projectorLink = (code: string, key: string): string => `${location.origin}${location.pathname}#projector=${code}.${key}`;
  const command = (team: string, what: ConsoleCommand): void => {
    link?.send('console', { team, command: what });
  };

  const render = (): void => {
    if (!welcome) return;
    if (ended) {
      const container = h('div', { class: 'live-debrief' });
      comparisonDebrief(container, welcome.scenario, logs.logs as ReadonlyMap<string, readonly LogEntry[]>);
      root.replaceChildren(h('h1', null, t('live.facilitator.debrief', { title: show(welcome.scenario.meta.title) })), container);
      return;
    }
    replaceKeepingFocus(
      board,
      dashboard({
        scenario: welcome.scenario,
        logs: logs.logs,
        roster,
        proposals: new Map([...proposals].filter(([team, open]) => open.at === logs.logs.get(team)?.length).map(([team, open]) => [team, open.proposals])),
        now: clock.now(),
        text: show,
        command,
        setDecider: (team, participant) => link?.send('decider', { team, participant }),
      }),
    );
  };

  // The server decides what the projector receives: a team's choice reaches it only after this.
  const reveal = button(t('live.facilitator.reveal'), () => link?.send('reveal', { revealed: !revealed }));
  const showRevealed = (): void => {
    reveal.textContent = t(revealed ? 'live.facilitator.hide' : 'live.facilitator.reveal');
  };

  const header = (code: string): HTMLElement =>
    h(
      'header',
      { class: 'panel live-join' },
      h('h1', null, t('live.facilitator.title', { title: welcome ? show(welcome.scenario.meta.title) : '' })),
      h('p', { class: 'live-join__code' }, t('live.facilitator.code'), h('strong', { attrs: { 'data-join-code': code } }, code)),
      qr && h('img', { class: 'live-join__qr', attrs: { src: qr, alt: t('live.facilitator.qr', { link: teamLink(code) }), width: 192, height: 192 } }),
      h('p', null, t('live.facilitator.teamsOpen'), h('code', null, teamLink(code)), t('live.facilitator.teamsType')),
      h('p', { class: 'muted' }, t('live.facilitator.secret')),
      h(
        'div',
        { class: 'live-join__modes' },
        welcome?.projector && h('a', { class: 'btn', attrs: { href: projectorLink(code, welcome.projector), target: '_blank', rel: 'noopener' } }, t('live.facilitator.projector')),
        reveal,
        button(t('live.facilitator.end'), () => {
          if (confirm(t('live.facilitator.endConfirm'))) command('*', { kind: 'end' });
        }, { class: 'btn btn--danger' }),
      ),
    );

  const first = 'code' in start ? { method: 'joinOrCreate' as const, options: { code: start.code, secret: start.secret } } : { method: 'create' as const, options: start };
  link = await openLink({
    endpoint,
    first,
    rejoin: () => (welcome ? { code: welcome.code, secret } : null),
    on: {
      welcome: (message: Welcome) => {
        welcome = message;
        ended = message.ended;
        revealed = message.revealed ?? false;
        showRevealed();
        clock.sync(message.now);
        if (message.secret) secret = message.secret;
        // The secret lives in the fragment, never sent to a server, and in this browser.
        history.replaceState(null, '', `${location.pathname}#facilitator=${message.code}.${secret}`);
        void QRCode.toDataURL(teamLink(message.code), { margin: 1, width: 192 }).then((url) => {
          qr = url;
          root.replaceChildren(header(message.code), board);
          render();
        });
        root.replaceChildren(header(message.code), board);
      },
      ...logHandlers(logs, clock, (teams) => (roster = teams), () => render()),
      revealed: (message: { revealed: boolean }) => {
        revealed = message.revealed;
        showRevealed();
        announce(t(revealed ? 'live.facilitator.revealed' : 'live.facilitator.hidden'));
      },
      proposals: (message: { team: string; at: number; proposals: Record<string, string> }) => {
        proposals.set(message.team, message);
        render();
      },
      refused: (message: RefusedMessage) => announce(t('live.status.refused', { reason: refusedWords(message) })),
      ack: (message: { refusals?: (RefusedMessage & { team: string })[] }) => {
        const each = (message.refusals ?? []).map((r) => t('live.status.teamRefused', { team: r.team, reason: refusedWords(r) }));
        if (each.length > 0) announce(t('live.status.refusedFor', { reasons: each.join('; ') }));
      },
      ended: () => {
        ended = true;
        render();
      },
    },
    onStatus: statusLine,
  });
  // The decision clocks tick on the dashboard.
  setInterval(render, 1000);
}
