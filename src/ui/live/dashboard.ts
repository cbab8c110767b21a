/**
 * The facilitator's live dashboard: every team at once (beat, meters, deadlines, last choice, time
 * on the open decision, who is connected) with the console's powers for one team or all. The
 * projector has a page of its own (projector-page.ts), fed by the server.
 */
import { decisionTimer, RESTARTS } from '../../engine/timer';
import type { LogEntry } from '../../engine/types';
import type { Scenario, Text } from '../../scenario/types';
import { button, h } from '../dom/h';
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
    deadlines: scenario.deadlines.map((deadline) => `${text(deadline.label)}: ${state.deadlines[deadline.id]?.status ?? 'idle'}`).join(', ') || 'none',
    lastChoice: last === undefined ? 'none yet' : choiceLabel(scenario, last, text),
    clock: clock ? `${Math.ceil(clock.remaining)} s of ${clock.limit} s${clock.paused ? ' (paused)' : ''}` : 'no clock',
    openFor: since === undefined || ending !== null ? '' : `${Math.max(0, Math.round((options.now - since) / 1000))} s on it`,
    paused: session.paused(),
    connected: members.length === 0 ? 'nobody' : members.map((member) => `${member.name}${member.connected ? '' : ' (away)'}`).join(', '),
  };
}

function actions(options: DashboardOptions, team: string, label: string): HTMLElement {
  const { scenario, text, command } = options;
  const note = h('input', { attrs: { type: 'text', maxlength: 2000, 'aria-label': `Observer note for ${label}` } });
  const jump = h('select', { attrs: { 'aria-label': `Jump ${label} to beat` } }, ...scenario.beats.map((beat) => h('option', { attrs: { value: beat.id } }, text(beat.title))));
  const inject = h('select', { attrs: { 'aria-label': `Optional inject for ${label}` } }, ...scenario.optionalInjects.map((item) => h('option', { attrs: { value: item.id } }, text(item.headline))));
  return h(
    'div',
    { class: 'live-dash__actions', attrs: { role: 'group', 'aria-label': `Console for ${label}` } },
    button('Pause', () => command(team, { kind: 'pause' }), { label: `Pause ${label}` }),
    button('Resume', () => command(team, { kind: 'resume' }), { label: `Resume ${label}` }),
    button('+60 s', () => command(team, { kind: 'extend', seconds: 60 }), { label: `+60 s on the decision clock of ${label}` }),
    button('Undo', () => command(team, { kind: 'undo' }), { label: `Undo the last decision of ${label}` }),
    jump,
    button('Jump', () => command(team, { kind: 'jump', beat: jump.value }), { label: `Jump ${label}` }),
    scenario.optionalInjects.length > 0 && inject,
    scenario.optionalInjects.length > 0 && button('Push', () => command(team, { kind: 'inject', inject: inject.value }), { label: `Push the inject to ${label}` }),
    note,
    button('Add note', () => note.value.trim() && command(team, { kind: 'note', text: note.value.trim() }), { label: `Add note for ${label}` }),
    button('End', () => command(team, { kind: 'end' }), { label: `End the exercise for ${label}`, class: 'btn btn--danger' }),
  );
}

/** The team's decider, and a way to hand the decision to another member. */
function deciderPicker(options: DashboardOptions, team: string): HTMLElement | null {
  const members = options.roster.find((entry) => entry.team === team)?.members ?? [];
  if (members.length < 2) return null;
  const select = h(
    'select',
    { attrs: { 'aria-label': `Decider of team ${team}` } },
    ...members.map((member) => h('option', { attrs: { value: member.id, selected: member.decider } }, member.name)),
  );
  return h('div', { class: 'live-dash__actions' }, select, button('Make decider', () => options.setDecider(team, select.value), { label: `Make decider of team ${team}` }));
}

export function dashboard(options: DashboardOptions): HTMLElement {
  const teams = [...options.logs.entries()];
  const summaries = teams.map(([team, log]) => summarise(options, team, log));
  return h(
    'section',
    { class: 'live-dash', attrs: { 'aria-labelledby': 'live-dash-title' } },
    h('h2', { attrs: { id: 'live-dash-title' } }, `Teams (${teams.length})`),
    teams.length > 0 && actions(options, '*', 'all teams'),
    h(
      'table',
      { class: 'live-dash__table' },
      h('thead', null, h('tr', null, ...['Team', 'Connected', 'Beat', 'Meters', 'Deadlines', 'Last choice', 'Decision clock', 'Proposals', 'Console'].map((label) => h('th', { attrs: { scope: 'col' } }, label)))),
      h(
        'tbody',
        null,
        ...summaries.map((summary) =>
          h(
            'tr',
            { attrs: { 'data-team': summary.team } },
            h('th', { attrs: { scope: 'row' } }, summary.team),
            h('td', null, summary.connected),
            h('td', null, summary.ending ? `Ended: ${summary.ending}` : `${summary.beat}${summary.paused ? ' (paused)' : ''}`),
            h('td', null, summary.meters),
            h('td', null, summary.deadlines),
            h('td', null, summary.lastChoice),
            h('td', null, summary.clock, summary.openFor && h('br'), summary.openFor),
            h('td', null, String(Object.keys(options.proposals.get(summary.team) ?? {}).length)),
            h('td', null, actions(options, summary.team, `team ${summary.team}`), deciderPicker(options, summary.team)),
          ),
        ),
      ),
    ),
  );
}
