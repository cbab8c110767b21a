/** Ending: the story's close, then on to the debrief. */
import Phaser from 'phaser';
import type { AppContext } from '../app-context';
import { screenAfter } from '../step-screen';
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
    this.app.overlay.mount('ending', endingView(ending, (value) => this.app.text(value), () => this.startScene('Debrief'), epilogueCase));
    // A console's undo or jump takes the room back into the exercise.
    this.app.onExternalChange = (entry, before) => {
      if (entry.accepted && (entry.event.type === 'facilitator.undo' || entry.event.type === 'facilitator.jump')) this.showStep(screenAfter(entry, before, play.session.finished()));
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => (this.app.onExternalChange = null));
  }
}
