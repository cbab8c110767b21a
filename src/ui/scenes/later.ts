/**
 * The scenes loaded after the first screen (later-scenes.ts), and the game's words only they
 * show, added to the page's English before any of them renders.
 */
import laterEnglish from '../../i18n/locales/en/game-later.json';
import type { AppContext } from '../app-context';
import { addPageEnglish } from '../lang/ui-language';
import { Consequence } from './consequence';
import { Debrief } from './debrief';
import { Ending } from './ending';
import type { RoomScene } from './room-scene';

addPageEnglish({ game: laterEnglish });

export const laterScenes: ReadonlyArray<readonly [string, new (app: AppContext) => RoomScene]> = [
  ['Consequence', Consequence],
  ['Ending', Ending],
  ['Debrief', Debrief],
];
