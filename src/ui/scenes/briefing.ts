/** Briefing: read the case note, the role and the objectives, then start the clock. */
import type { AppContext } from '../app-context';
import type { ScenarioSource } from '../save-store';
import type { Scenario } from '../../scenario/types';
import { briefingView } from '../views/briefing-view';
import { RoomScene } from './room-scene';

export interface BriefingData {
  readonly scenario: Scenario;
  readonly custom: ScenarioSource | null;
}

export class Briefing extends RoomScene {
  constructor(app: AppContext) {
    super('Briefing', app);
  }

  create(data: BriefingData): void {
    this.drawRoom(0.15);
    const app = this.app;
    const view = briefingView({
      scenario: data.scenario,
      team: app.team,
      text: (value) => app.text(value),
      onTeam: (team) => (app.team = team),
      onContinue: () => {
        app.startPlay(data.scenario, data.custom);
        this.goTo('WarRoom');
      },
      onBack: () => this.scene.start('Menu'),
    });
    app.overlay.mount('briefing', view.root);
  }
}
