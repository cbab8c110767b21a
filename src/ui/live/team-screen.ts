/**
 * A team member's screen in a live session: the game's own war room, drawn from the team's log as
 * the server sends it, plus who is in the team, what each has proposed, and the injects addressed
 * to this member's role. The decider's click commits; anyone else's proposes.
 */
import { openSession } from '../../engine/session';
import type { LogEntry } from '../../engine/types';
import { addressees } from '../../scenario/roles';
import type { Choice, Scenario, Text } from '../../scenario/types';
import type { Core } from '../core';
import { h } from '../dom/h';
import { t } from '../lang/ui-language';
import { feedItems, latestDelivery } from '../feed-model';
import { injectCard } from '../views/inject-card';
import { warRoomView } from '../views/war-room-view';
import { choiceLabel } from './labels';
import type { Member } from './live-types';

export interface TeamScreenOptions {
  readonly core: Core;
  readonly scenario: Scenario;
  readonly team: string;
  readonly me: Member | undefined;
  readonly members: readonly Member[];
  readonly log: readonly LogEntry[];
  readonly proposals: Readonly<Record<string, string>>;
  readonly text: (value: Text) => string;
  readonly onChoose: (choice: Choice) => void;
  readonly onContinue: () => void;
  readonly onRole: (role: string) => void;
}

/** The team's session rebuilt from its log: the same engine, so the screen says what the server decided. */
export function mirror(scenario: Scenario, team: string, log: readonly LogEntry[]) {
  const first = log[0]?.event;
  const seed = first?.type === 'session.start' ? first.seed : 0;
  return openSession(scenario, { seed, team, logRefused: false }, log);
}

/** The screen, and its decision clock for the page to tick (null when the team is not at a beat). */
export function teamScreen(options: TeamScreenOptions): { root: HTMLElement; timer: HTMLElement | null } {
  const { core, scenario, text } = options;
  const session = mirror(scenario, options.team, options.log);
  const state = session.state();
  const beat = scenario.beats.find((candidate) => candidate.id === state.beat);
  if (!beat) return { root: h('p', { class: 'banner banner--error', attrs: { role: 'alert' } }, t('live.team.unknownBeat', { beat: state.beat })), timer: null };
  const feed = feedItems(session.log());
  const view = warRoomView({
    core,
    scenario,
    beat,
    state,
    team: options.team,
    feed,
    freshFrom: latestDelivery(feed),
    choices: core.shownChoices(session.rules, state, session.seed),
    paused: session.paused(),
    text,
    onChoose: options.onChoose,
    onContinue: options.onContinue,
    onConsole: null,
    onProjector: null,
    projector: false,
  });
  for (const meter of view.meters) meter.view.showValue(state.meters[meter.id] ?? 0);
  return { root: h('div', { class: 'live-team' }, teamPanel(options), forMyRole(options, feed), view.root), timer: view.timer };
}

function teamPanel(options: TeamScreenOptions): HTMLElement {
  const { scenario, text, me } = options;
  const roleLabel = (id: string | null): string => (id ? text(scenario.roles.find((role) => role.id === id)?.label ?? id) : t('live.team.noRoleShort'));
  const rolePicker =
    me && scenario.roles.length > 0
      ? h(
          'label',
          { class: 'live-team__role' },
          `${t('live.team.role')} `,
          h(
            'select',
            { attrs: { 'aria-label': t('live.team.role') }, on: { change: (event: Event) => options.onRole((event.target as HTMLSelectElement).value) } },
            h('option', { attrs: { value: '', selected: me.role === null } }, t('live.team.noRole')),
            ...scenario.roles.map((role) => h('option', { attrs: { value: role.id, selected: me.role === role.id } }, text(role.label))),
          ),
        )
      : null;
  return h(
    'section',
    { class: 'panel live-team__panel', attrs: { 'aria-labelledby': 'live-team-title' } },
    h('h2', { class: 'section-title', attrs: { id: 'live-team-title' } }, t('live.team.title', { team: options.team })),
    me && h('p', null, t(me.decider ? 'live.team.youDecide' : 'live.team.youPropose', { name: me.name })),
    rolePicker,
    h(
      'ul',
      { class: 'live-team__members', attrs: { 'aria-label': t('live.team.members') } },
      ...options.members.map((member) =>
        h(
          'li',
          null,
          `${t('live.team.member', { name: member.name, role: roleLabel(member.role) })}${member.decider ? t('live.team.decider') : ''}${member.connected ? '' : t('live.team.away')}`,
          options.proposals[member.id] ? t('live.team.proposes', { choice: choiceLabel(scenario, options.proposals[member.id]!, text) }) : '',
        ),
      ),
    ),
  );
}

/** The injects addressed to this member's role, apart, so the role sees what is theirs first. */
function forMyRole(options: TeamScreenOptions, feed: ReturnType<typeof feedItems>): HTMLElement | null {
  const { scenario, text, me, core } = options;
  if (!me?.role) return null;
  const role = scenario.roles.find((candidate) => candidate.id === me.role);
  const mine = feed.filter((item) => {
    const inject = core.injectById(scenario, item.inject);
    return inject !== undefined && addressees(scenario, inject).some((addressee) => addressee.id === me.role);
  });
  return h(
    'section',
    { class: 'panel live-team__mine', attrs: { 'aria-labelledby': 'live-mine-title' } },
    h('h2', { class: 'section-title', attrs: { id: 'live-mine-title' } }, t('live.team.forYou', { role: role ? text(role.label) : me.role, count: mine.length })),
    mine.length === 0
      ? h('p', { class: 'muted' }, t('live.team.nothingForYou'))
      : h(
          'div',
          null,
          ...[...mine].reverse().map((item) => {
            const inject = core.injectById(scenario, item.inject)!;
            return injectCard({ inject, variant: item.variant, pick: item, time: core.formatGameTime(scenario, item.time), fresh: false, text, level: 'h3', to: [] });
          }),
        ),
  );
}

