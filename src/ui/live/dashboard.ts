/**
 * The facilitator's live dashboard: every team at once (beat, meters, deadlines, last choice, time
 * on the open decision, who is connected) with the console's powers for one team or all. The
 * projector has a page of its own (projector-page.ts), fed by the server.
 */
import { decisionTimer, RESTARTS } from '../../engine/timer';
import type { LogEntry } from '../../engine/types';
import type { Scenario, Text } from '../../scenario/types';
import { button, h } from '../dom/h';
import { t } from '../lang/ui-language';
import type { MessageKey } from '../../i18n/catalog-types';
import type { ConsoleCommand } from '../../protocol/live';
import { beatTitle, choiceLabel, endingTitle, meterLine } from './labels';
import type { TeamRoster } from './live-types';
import { mirror } from './team-screen';

export interface DashboardOptions {
  readonly scenario: Scenario;
  readonly logs: ReadonlyMap<string, readonly LogEntry[]>;
  readonly roster: readonly TeamRoster[];
  readonly proposals: ReadonlyMap<string, Readonly<Record<string, string>>>;
  /** The server's time now (decision clocks run on the server). */
  readonly now: number;
  readonly text: (value: Text) => string;
  readonly command: (team: string, command: ConsoleCommand) => void;
  /** Makes this participant the team's decider. */
  readonly setDecider: (team: string, participant: string) => void;
}

export interface TeamSummary {
  readonly team: string;
  readonly beat: string;
  readonly ending: string | null;
  readonly meters: string;
  readonly deadlines: string;
  readonly lastChoice: string;
  readonly clock: string;
  /** How long the open decision has been in front of the team. */
  readonly openFor: string;
  readonly paused: boolean;
  readonly connected: string;
}

/** One team's line, read off its log with the same engine the server runs. */
export function summarise(options: DashboardOptions, team: string, log: readonly LogEntry[]): TeamSummary {
  const { scenario, text } = options;
  const session = mirror(scenario, team, log);
  const state = session.state();
  const ending = state.ending === null ? null : endingTitle(scenario, state.ending, text);
  const last = state.chosen.at(-1);
  const clock = decisionTimer(scenario, log, options.now);
  const members = options.roster.find((entry) => entry.team === team)?.members ?? [];
  const since = log.findLast((entry) => entry.accepted && RESTARTS.has(entry.event.type))?.wall;
  return {
    team,
    beat: beatTitle(scenario, state.beat, text),
    ending,
    meters: meterLine(scenario, state.meters, text),
    deadlines:
      scenario.deadlines
        .map((deadline) => t('live.dash.deadline', { label: text(deadline.label), status: t(`live.dash.status.${state.deadlines[deadline.id]?.status ?? 'idle'}` as MessageKey) }))
        .join(', ') || t('live.dash.none'),
    lastChoice: last === undefined ? t('live.dash.noneYet') : choiceLabel(scenario, last, text),
    clock: clock ? `${t('live.dash.clock', { remaining: Math.ceil(clock.remaining), limit: clock.limit })}${clock.paused ? t('live.dash.paused') : ''}` : t('live.dash.noClock'),
    openFor: since === undefined || ending !== null ? '' : t('live.dash.openFor', { seconds: Math.max(0, Math.round((options.now - since) / 1000)) }),
    paused: session.paused(),
    connected: members.length === 0 ? t('live.dash.nobody') : members.map((member) => (member.connected ? member.name : t('live.dash.memberAway', { name: member.name }))).join(', '),
  };
}

function actions(options: DashboardOptions, team: string, label: string): HTMLElement {
  const { scenario, text, command } = options;
  const note = h('input', { attrs: { type: 'text', maxlength: 2000, 'aria-label': t('live.dash.note', { label }) } });
  const jump = h('select', { attrs: { 'aria-label': t('live.dash.jumpTo', { label }) } }, ...scenario.beats.map((beat) => h('option', { attrs: { value: beat.id } }, text(beat.title))));
  const inject = h('select', { attrs: { 'aria-label': t('live.dash.injectFor', { label }) } }, ...scenario.optionalInjects.map((item) => h('option', { attrs: { value: item.id } }, text(item.headline))));
  return h(
    'div',
    { class: 'live-dash__actions', attrs: { role: 'group', 'aria-label': t('live.dash.consoleFor', { label }) } },
    button(t('live.dash.pause'), () => command(team, { kind: 'pause' }), { label: t('live.dash.pauseFor', { label }) }),
    button(t('live.dash.resume'), () => command(team, { kind: 'resume' }), { label: t('live.dash.resumeFor', { label }) }),
    button(t('live.dash.extend'), () => command(team, { kind: 'extend', seconds: 60 }), { label: t('live.dash.extendFor', { label }) }),
    button(t('live.dash.undo'), () => command(team, { kind: 'undo' }), { label: t('live.dash.undoFor', { label }) }),
    jump,
    button(t('live.dash.jump'), () => command(team, { kind: 'jump', beat: jump.value }), { label: t('live.dash.jumpFor', { label }) }),
    scenario.optionalInjects.length > 0 && inject,
    scenario.optionalInjects.length > 0 && button(t('live.dash.push'), () => command(team, { kind: 'inject', inject: inject.value }), { label: t('live.dash.pushFor', { label }) }),
    note,
    button(t('live.dash.addNote'), () => note.value.trim() && command(team, { kind: 'note', text: note.value.trim() }), { label: t('live.dash.addNoteFor', { label }) }),
    button(t('live.dash.end'), () => command(team, { kind: 'end' }), { label: t('live.dash.endFor', { label }), class: 'btn btn--danger' }),
  );
}

/** The team's decider, and a way to hand the decision to another member. */
function deciderPicker(options: DashboardOptions, team: string): HTMLElement | null {
  const members = options.roster.find((entry) => entry.team === team)?.members ?? [];
  if (members.length < 2) return null;
  const select = h(
    'select',
    { attrs: { 'aria-label': t('live.dash.decider', { team }) } },
    ...members.map((member) => h('option', { attrs: { value: member.id, selected: member.decider } }, member.name)),
  );
  return h('div', { class: 'live-dash__actions' }, select, button(t('live.dash.makeDecider'), () => options.setDecider(team, select.value), { label: t('live.dash.makeDeciderFor', { team }) }));
}

const COLUMNS = ['team', 'connected', 'beat', 'meters', 'deadlines', 'lastChoice', 'clock', 'proposals', 'console'] as const;

export function dashboard(options: DashboardOptions): HTMLElement {
  const teams = [...options.logs.entries()];
  const summaries = teams.map(([team, log]) => summarise(options, team, log));
  return h(
    'section',
    { class: 'live-dash', attrs: { 'aria-labelledby': 'live-dash-title' } },
    h('h2', { attrs: { id: 'live-dash-title' } }, t('live.dash.teams', { count: teams.length })),
    teams.length > 0 && actions(options, '*', t('live.dash.allTeams')),
    h(
      'table',
      { class: 'live-dash__table' },
      h('thead', null, h('tr', null, ...COLUMNS.map((column) => h('th', { attrs: { scope: 'col' } }, t(`live.dash.col.${column}`))))),
      h(
        'tbody',
        null,
        ...summaries.map((summary) =>
          h(
            'tr',
            { attrs: { 'data-team': summary.team } },
            h('th', { attrs: { scope: 'row' } }, summary.team),
            h('td', null, summary.connected),
            h('td', null, summary.ending ? t('live.dash.ended', { ending: summary.ending }) : `${summary.beat}${summary.paused ? t('live.dash.paused') : ''}`),
            h('td', null, summary.meters),
            h('td', null, summary.deadlines),
            h('td', null, summary.lastChoice),
            h('td', null, summary.clock, summary.openFor && h('br'), summary.openFor),
            h('td', null, String(Object.keys(options.proposals.get(summary.team) ?? {}).length)),
            h('td', null, actions(options, summary.team, t('live.dash.team', { team: summary.team })), deciderPicker(options, summary.team)),
          ),
        ),
      ),
    ),
  );
}
