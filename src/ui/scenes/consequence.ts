/** Consequence: what the decision changed and why; the dials sweep from before to after. */
import Phaser from 'phaser';
import type { GameState, StepResult } from '../../engine/types';
import type { AppContext } from '../app-context';
import { MeterGauges } from '../graphics/meter-gauges';
import { Surfaces } from '../graphics/surfaces';
import { choiceById } from '../../scenario/lookup';
import { consequenceView } from '../views/consequence-view';
import { limitsOf } from '../views/meter-view';
import { beforeNextBeat } from '../decision-notices';
import { screenAfter } from '../step-screen';
import { RoomScene } from './room-scene';

/** Console commands that do not take the room off the consequence it is reading. */
const WAITS: ReadonlySet<string> = new Set(['session.pause', 'session.resume', 'facilitator.extend', 'facilitator.inject', 'facilitator.note']);

export interface ConsequenceData {
  readonly before: GameState;
  readonly result: StepResult;
  /** The decision timer ran out and the default was taken. */
  readonly expired: boolean;
}

export class Consequence extends RoomScene {
  private gauges: MeterGauges | null = null;
  private surfaces: Surfaces | null = null;

  constructor(app: AppContext) {
    super('Consequence', app);
  }

  create(data: ConsequenceData): void {
    const { app } = this;
    const play = app.play;
    if (!play) {
      this.scene.start('Menu');
      return;
    }
    const { scenario, session } = play;
    const decision = data.result.notices.find((notice) => notice.kind === 'decision');
    const finished = session.finished();
    // Only what the decision did: the next beat's news waits for the war room (no spoilers).
    const shown = beforeNextBeat(data.result.notices, data.before, data.result.state);
    const after = { ...data.result.state, meters: shown.meters, caps: shown.caps, floors: shown.floors, time: shown.time };
    const view = consequenceView({
      core: app.core,
      scenario,
      before: data.before,
      after,
      notices: shown.notices,
      waiting: data.result.notices.slice(shown.notices.length).filter((notice) => notice.kind === 'inject').length,
      choice: decision?.kind === 'decision' ? (choiceById(scenario, decision.choice) ?? null) : null,
      expired: data.expired || (decision?.kind === 'decision' && decision.expired),
      feedbackRevealed: app.feedback?.revealed() ?? false,
      finished,
      text: (value) => app.text(value),
      onContinue: () => this.startScene(session.finished() ? 'Ending' : 'WarRoom'),
    });
    app.overlay.mount('consequence', view.root);
    // The facilitator may flip the feedback switch while the room reads this screen.
    const unwatch = app.feedback?.watch((revealed) => view.expert?.show(revealed));
    // A console's command while the room reads this: a move (a recorded choice, Continue, undo,
    // jump, end) takes the room where a click would; pause, extend, inject and notes wait for
    // the room's own Continue.
    app.onExternalChange = (entry, before) => {
      if (!entry.accepted || WAITS.has(entry.event.type)) return;
      this.showStep(screenAfter(entry, before, session.finished()));
    };

    // The warning light belongs to the war room; here the dials tell the story.
    this.drawRoom(0);
    this.surfaces = new Surfaces(this, app.overlay.root);
    this.gauges = new MeterGauges(this, () => app.reducedMotion, app.overlay.root);
    this.gauges.show(
      view.meters.flatMap((entry) => {
        const meter = scenario.meters.find((candidate) => candidate.id === entry.id);
        return meter ? [{ meter, slot: entry.view.slot, from: entry.from, to: entry.to, onValue: entry.view.showValue, ...limitsOf(after, meter.id) }] : [];
      }),
      400,
    );
    app.shownMeters = { ...after.meters };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      app.onExternalChange = null;
      unwatch?.();
      this.gauges = null;
      this.surfaces = null;
    });
  }

  override update(time: number, delta: number): void {
    super.update(time, delta);
    this.surfaces?.update();
    this.gauges?.update();
  }
}
