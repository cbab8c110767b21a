/**
 * What every screen shares: the room drawn behind the DOM layer, and the app context. Each scene
 * mounts its own DOM screen in `create` and only renders and forwards events.
 */
import Phaser from 'phaser';
import type { AppContext } from '../app-context';
import { RoomBackdrop } from '../graphics/room-backdrop';

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

  override update(_time: number, _delta: number): void {
    this.backdrop?.update();
  }
}
