/** Ending: the story's close, then on to the debrief. */
import type { AppContext } from '../app-context';
import { endingView } from '../views/ending-view';
import { epilogueCaseIn } from '../../scenario/text-picks';
import { RoomScene } from './room-scene';

export class Ending extends RoomScene {
  constructor(app: AppContext) {
    super('Ending', app);
  }

  create(): void {
    const play = this.app.play;
    if (!play) {
      this.scene.start('Menu');
      return;
    }
    const state = play.session.state();
    const ending = play.scenario.endings.find((candidate) => candidate.id === state.ending) ?? null;
    const tone = ending?.tone ?? 'mixed';
    this.drawRoom({ best: 0, good: 0.05, mixed: 0.3, poor: 0.6, worst: 0.9 }[tone]);
    if (tone === 'best' || tone === 'good') this.backdrop.setLight('good');
    const epilogueCase = ending ? epilogueCaseIn(play.session.log().flatMap((entry) => entry.notices), ending.id) : undefined;
    this.app.overlay.mount('ending', endingView(ending, (value) => this.app.text(value), () => this.scene.start('Debrief'), epilogueCase));
  }
}
