/**
 * The projector's live page (`#projector=<code>.<key>`, opened from the facilitator's page): the
 * teams side by side. It receives only the server's board, where a team's last choice is present
 * once the facilitator reveals the choices, so nothing on this screen (or in its memory) gives a
 * team's choice away before then.
 */
import type { TeamBoard } from '../../protocol/live';
import type { Scenario } from '../../scenario/types';
import { text } from '../../scenario/text';
import { h } from '../dom/h';
import { openLink, type LinkStatus } from './connection';
import { beatTitle, choiceLabel, endingTitle, meterLine } from './labels';
import type { Welcome } from './live-types';
import { replaceKeepingFocus } from './render';

export interface Board {
  readonly revealed: boolean;
  readonly teams: readonly TeamBoard[];
}

export function projectorBoard(scenario: Scenario, board: Board): HTMLElement {
  const show = (value: Parameters<typeof text>[0]): string => text(value);
  return h(
    'section',
    { class: 'live-projector', attrs: { 'aria-label': 'Teams side by side' } },
    board.teams.length === 0 && h('p', null, 'No team has joined yet.'),
    ...board.teams.map((team) =>
      h(
        'article',
        { class: 'panel live-projector__team', attrs: { 'data-team': team.team } },
        h('h2', null, team.team),
        h('p', null, team.ending !== null ? `Ending: ${endingTitle(scenario, team.ending, show)}` : `${beatTitle(scenario, team.beat, show)}${team.paused ? ' (paused)' : ''}`),
        h('p', null, meterLine(scenario, team.meters, show)),
        h('p', null, team.lastChoice !== undefined ? `Last choice: ${choiceLabel(scenario, team.lastChoice, show)}` : board.revealed ? 'No choice yet' : 'Choices hidden'),
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
    const title = h('h1', null, `Live session: ${text(scenario.meta.title)}`);
    if (ended) root.replaceChildren(title, h('p', { class: 'panel live-join' }, 'The session has ended. The debrief is on the facilitator’s screen.'));
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
