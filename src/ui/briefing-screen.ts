/**
 * The briefing's DOM screen. It can show before Phaser has booted (see opening.ts): until the
 * Briefing scene takes it over, leaving it only records where the team went and shows the
 * opening status, and Preload takes them there once the room is up.
 */
import type { AppContext } from './app-context';
import type { ScenarioSource } from './save-store';
import type { Scenario } from '../scenario/types';
import { showOpeningStatus } from './opening-status';
import { briefingView } from './views/briefing-view';

export interface BriefingData {
  readonly scenario: Scenario;
  readonly custom: ScenarioSource | null;
}

/** Where the briefing leads: Continue starts the session and opens the war room. */
export type BriefingExit = 'WarRoom' | 'Menu';

export class BriefingScreen {
  /** Where the team went before a scene was there to take them. */
  left: BriefingExit | null = null;
  private go: ((exit: BriefingExit) => void) | null = null;
  private readonly root: HTMLElement;

  constructor(
    private readonly app: AppContext,
    readonly data: BriefingData,
  ) {
    const view = briefingView({
      scenario: data.scenario,
      team: app.team,
      text: (value) => app.text(value),
      onTeam: (team) => (app.team = team),
      onContinue: () => {
        // The session starts here, scene or not: its clock is the team's, not Phaser's.
        app.startPlay(data.scenario, data.custom);
        this.leave('WarRoom');
      },
      onBack: () => this.leave('Menu'),
    });
    this.root = view.root;
    app.overlay.mount('briefing', view.root);
  }

  /** Whether this is still the screen on show (nothing has replaced it). */
  get showing(): boolean {
    return this.root.isConnected && this.left === null;
  }

  /** A scene takes the screen over: from now on leaving it starts `exit` at once. */
  attach(go: (exit: BriefingExit) => void): void {
    this.go = go;
  }

  private leave(exit: BriefingExit): void {
    if (this.go) {
      this.go(exit);
      return;
    }
    this.left = exit;
    showOpeningStatus(this.app.overlay);
  }
}
