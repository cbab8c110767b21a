/**
 * What every screen shares: the room drawn behind the DOM layer, and the app context. Each scene
 * mounts its own DOM screen in `create` and only renders and forwards events.
 */
import Phaser from 'phaser';
import type { AppContext } from '../app-context';
import { RoomBackdrop } from '../graphics/room-backdrop';
import type { StepScreen } from '../step-screen';
import type { ConsequenceData } from './consequence';
import { isLaterScene, loadLaterScenes } from './later-scenes';

export abstract class RoomScene extends Phaser.Scene {
  protected backdrop!: RoomBackdrop;

  constructor(
    key: string,
    protected readonly app: AppContext,
  ) {
    super(key);
  }

  /** Draws the room; call first in `create`. */
  protected drawRoom(alarm = 0): void {
    this.backdrop = new RoomBackdrop(this, () => this.app.reducedMotion);
    this.backdrop.setAlarm(alarm);
  }

  /**
   * Starts the next screen. Phaser runs a scene change on its next frame; called from outside
   * a frame (a promise, a click) it runs now instead, so the start-up path to the first decision
   * (Preload, Briefing, WarRoom) does not wait a frame per screen.
   */
  protected goTo(key: string, data?: object): void {
    this.scene.start(key, data);
    const manager = this.game.scene;
    if (!manager.isProcessing) manager.processQueue();
  }

  /**
   * Starts `key`, which may be one of the later scenes (later-scenes.ts): at once when it is
   * here, else when its chunk has arrived (a failed download reaches the start-up error screen).
   */
  protected startScene(key: string, data?: object): void {
    if (!isLaterScene(key) || this.game.scene.getScene(key)) {
      this.scene.start(key, data);
      return;
    }
    void loadLaterScenes(this.game, this.app).then(() => this.scene.start(key, data));
  }

  /**
   * Shows the screen a step leads to (see step-screen.ts): the same for the room's own click and
   * a facilitator's command, so the projector and the console never fall out of step.
   */
  protected showStep(step: StepScreen): void {
    const play = this.app.play;
    if (!play) return;
    switch (step.kind) {
      case 'consequence': {
        const data: ConsequenceData = {
          before: step.before,
          result: { state: play.session.state(), accepted: true, notices: step.notices },
          expired: step.expired,
        };
        this.startScene('Consequence', data);
        return;
      }
      case 'ending':
        this.startScene('Ending');
        return;
      case 'war-room':
        if (this.scene.key === 'WarRoom') this.scene.restart();
        else this.scene.start('WarRoom');
        return;
      case 'stay':
        return;
    }
  }

  override update(_time: number, _delta: number): void {
    this.backdrop?.update();
  }
}
