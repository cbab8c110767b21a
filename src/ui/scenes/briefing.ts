/** Briefing: read the case note, the role and the objectives, then start the clock. */
import type { AppContext } from '../app-context';
import { BriefingScreen, type BriefingData, type BriefingExit } from '../briefing-screen';
import { RoomScene } from './room-scene';

export type { BriefingData } from '../briefing-screen';

export class Briefing extends RoomScene {
  constructor(app: AppContext) {
    super('Briefing', app);
  }

  /** From the menu, a scenario to brief; from Preload, the briefing already on show. */
  create(data: BriefingData | BriefingScreen): void {
    this.drawRoom(0.15);
    const screen = data instanceof BriefingScreen && data.showing ? data : new BriefingScreen(this.app, data instanceof BriefingScreen ? data.data : data);
    screen.attach((exit: BriefingExit) => this.goTo(exit));
  }
}
