/**
 * The projector's live page (`#projector=<code>.<key>`, opened from the facilitator's page): the
 * teams side by side. It receives only the server's board, where a team's last choice is present
 * once the facilitator reveals the choices, so nothing on this screen (or in its memory) gives a
 * team's choice away before then.
 */
import type { TeamBoard } from '../../protocol/live';
import type { Scenario } from '../../scenario/types';
import { h } from '../dom/h';
import { t } from '../lang/ui-language';
import { show } from './live-language';
import { openLink, type LinkStatus } from './connection';
import { beatTitle, choiceLabel, endingTitle, meterLine } from './labels';
import type { Welcome } from './live-types';
import { replaceKeepingFocus } from './render';

export interface Board {
  readonly revealed: boolean;
  readonly teams: readonly TeamBoard[];
}

export function projectorBoard(scenario: Scenario, board: Board): HTMLElement {
  return h(
    'section',
    { class: 'live-projector', attrs: { 'aria-label': t('live.projector.label') } },
    board.teams.length === 0 && h('p', null, t('live.projector.empty')),
    ...board.teams.map((team) =>
      h(
        'article',
        { class: 'panel live-projector__team', attrs: { 'data-team': team.team } },
        h('h2', null, team.team),
        h('p', null, team.ending !== null ? t('live.projector.ending', { ending: endingTitle(scenario, team.ending, show) }) : `${beatTitle(scenario, team.beat, show)}${team.paused ? t('live.dash.paused') : ''}`),
        h('p', null, meterLine(scenario, team.meters, show)),
        h('p', null, team.lastChoice !== undefined ? t('live.projector.lastChoice', { choice: choiceLabel(scenario, team.lastChoice, show) }) : t(board.revealed ? 'live.projector.noChoice' : 'live.projector.hidden')),
      ),
    ),
  );
}

export async function runProjectorPage(root: HTMLElement, endpoint: string, code: string, key: string, statusLine: (status: LinkStatus) => void): Promise<void> {
  let scenario: Scenario | null = null;
  let board: Board = { revealed: false, teams: [] };
  let ended = false;
  const render = (): void => {
    if (!scenario) return;
    const title = h('h1', null, t('live.facilitator.title', { title: show(scenario.meta.title) }));
    if (ended) root.replaceChildren(title, h('p', { class: 'panel live-join' }, t('live.projector.ended')));
    else replaceKeepingFocus(root, h('div', null, title, projectorBoard(scenario, board)));
  };
  const options = { code, projector: key };
  await openLink({
    endpoint,
    first: { method: 'joinOrCreate', options },
    rejoin: () => options,
    on: {
      welcome: (message: Welcome) => {
        scenario = message.scenario;
        ended = message.ended;
        render();
      },
      board: (message: Board) => {
        board = message;
        render();
      },
      ended: () => {
        ended = true;
        render();
      },
      refused: () => undefined,
    },
    onStatus: statusLine,
  });
}
