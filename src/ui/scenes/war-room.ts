/**
 * WarRoom: the injects, the clocks, the meters and the decision. Sends the team's choice (or the
 * timer's expiry) to the session and hands the result to Consequence.
 */
import Phaser from 'phaser';
import type { StepResult } from '../../engine/types';
import type { AppContext, Play } from '../app-context';
import { feedItems, freshFrom, latestDelivery } from '../feed-model';
import { kindLabel } from '../format';
import { MeterGauges } from '../graphics/meter-gauges';
import { Surfaces } from '../graphics/surfaces';
import { beatById } from '../../scenario/lookup';
import { goodness } from '../theme';
import { bindNumberKeys } from '../views/choices-view';
import { isUrgent } from '../views/deadline-view';
import { addresseeText } from '../views/addressee';
import { injectWords } from '../views/inject-card';
import { limitsOf } from '../views/meter-view';
import { warRoomView, type WarRoomView } from '../views/war-room-view';
import { showDecisionTimer } from '../views/timer-display';
import { screenAfter } from '../step-screen';
import { preloadLaterScenes } from './later-scenes';
import { RoomScene } from './room-scene';
import { currentDisplay } from '../display-mode';
import { t, translator } from '../lang/ui-language';
import { stepRefusalText } from '../../i18n/refusal-words';

const TIMER_TICK_MS = 200;
const TIMER_WARNINGS = [60, 30, 10];

export class WarRoom extends RoomScene {
  private view: WarRoomView | null = null;
  private gauges: MeterGauges | null = null;
  private surfaces: Surfaces | null = null;
  private sinceTick = 0;
  private busy = false;
  /** Whether the current decision has a real-time limit at all (else the timer is never asked). */
  private timed = false;
  private warned = new Set<number>();

  constructor(app: AppContext) {
    super('WarRoom', app);
  }

  create(): void {
    this.view = null;
    this.busy = false;
    this.warned = new Set();
    const play = this.app.play;
    if (!play) {
      this.scene.start('Menu');
      return;
    }
    if (play.session.finished()) {
      this.startScene('Ending');
      return;
    }
    this.render(play);
    preloadLaterScenes(this.game, this.app);
  }

  override update(time: number, delta: number): void {
    super.update(time, delta);
    this.surfaces?.update();
    this.gauges?.update();
    this.sinceTick += delta;
    if (this.sinceTick >= TIMER_TICK_MS) {
      this.sinceTick = 0;
      this.tickTimer();
    }
  }

  private render(play: Play): void {
    const { app } = this;
    const { session, scenario } = play;
    const state = session.state();
    const beat = beatById(scenario, state.beat);
    if (!beat) throw new Error(`WarRoom: the session is at beat '${state.beat}', which scenario '${scenario.meta.id}' does not have`);
    const feed = feedItems(session.log());
    const fresh = freshFrom(feed, app.feedSeen);
    app.feedSeen = latestDelivery(feed);
    const view = warRoomView({
      core: app.core,
      scenario,
      beat,
      state,
      team: session.team,
      feed,
      freshFrom: fresh,
      // In the session's shuffled order: number keys press the choice shown beside them.
      choices: app.core.shownChoices(session.rules, state, session.seed),
      paused: session.paused(),
      text: (value) => app.text(value),
      onChoose: (choice) => this.act(() => session.choose(choice.id)),
      onContinue: () => this.act(() => session.continue()),
      onConsole: app.consoleAvailable() ? () => this.openConsole() : null,
      projector: currentDisplay() === 'projector',
      onProjector: () => {
        app.display?.show(currentDisplay() === 'projector' ? 'standard' : 'projector');
        // The focus back on the switch once the war room is redrawn.
        this.events.once(Phaser.Scenes.Events.CREATE, () => document.querySelector<HTMLElement>('.topbar__display')?.focus());
      },
    });
    this.view = view;
    this.timed = beat.decision?.timeLimit !== undefined;
    app.overlay.mount('war-room', view.root, view.focus);

    this.drawRoom(this.alarmLevel(play));
    this.surfaces = new Surfaces(this, app.overlay.root);
    this.gauges = new MeterGauges(this, () => app.reducedMotion, app.overlay.root);
    this.gauges.show(
      scenario.meters.flatMap((meter) => {
        const entry = view.meters.find((m) => m.id === meter.id);
        const to = state.meters[meter.id] ?? meter.start;
        return entry ? [{ meter, slot: entry.view.slot, from: app.shownMeters[meter.id] ?? meter.min, to, onValue: entry.view.showValue, ...limitsOf(state, meter.id) }] : [];
      }),
    );
    app.shownMeters = { ...state.meters };
    // Draw the panels and dials now rather than in the next update: the first frame that shows
    // the war room has them, and the frame after does not wait on their first drawing.
    this.surfaces.update();
    this.gauges.update();

    for (const item of feed) {
      if (item.seq < fresh || app.announced.has(`${item.seq}:${item.inject}`)) continue;
      app.announced.add(`${item.seq}:${item.inject}`);
      const inject = app.core.injectById(scenario, item.inject);
      if (inject) {
        const { headline } = injectWords(inject, item, (value) => app.text(value));
        const to = addresseeText(scenario, inject, (value) => app.text(value));
        const values = { kind: kindLabel(inject.kind).toLowerCase(), from: app.text(inject.from), to: to ?? '', headline };
        app.overlay.announce(t(to ? 'game.inject.announceTo' : 'game.inject.announce', values));
      }
    }

    const unbind = bindNumberKeys(() => (this.busy ? [] : view.choiceButtons), view.confirm);
    app.onExternalChange = (entry, before) => {
      const step = screenAfter(entry, before, session.finished());
      // A note changes nothing on show; a refused command redraws; the rest moves on as a click would.
      this.showStep(step.kind === 'stay' && !entry.accepted ? { kind: 'war-room' } : step);
    };
    // Any switch of the view (this button, a console's command) redraws at the new size.
    const unwatch = app.display?.watch(() => this.scene.restart());
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unbind();
      unwatch?.();
      app.onExternalChange = null;
      this.gauges = null;
      this.surfaces = null;
    });
    this.tickTimer();
  }

  /** The console opens once the instructor has set its PIN (asked here the first time). */
  private openConsole(): void {
    const { app } = this;
    if (app.hasPin()) {
      app.openConsole();
      return;
    }
    // Asked once a session: the dialog arrives with the click, not in the first download.
    void import('../views/pin-dialog').then(({ showPinDialog }) =>
      showPinDialog(async (pin) => {
        await app.setPin(pin);
        app.openConsole();
      }),
    );
  }

  /** Sends one event; a refused one leaves the room as it was. */
  private act(send: () => StepResult): void {
    const play = this.app.play;
    if (!play || this.busy) return;
    this.busy = true;
    for (const button of this.view?.choiceButtons ?? []) button.disabled = true;
    const before = play.session.state();
    const result = send();
    if (!result.accepted) {
      this.busy = false;
      this.app.overlay.announce(t('game.warRoom.refused', { reason: stepRefusalText(result, translator(), t('game.warRoom.refusedAny')) }));
      this.scene.restart();
      return;
    }
    const entry = play.session.log().at(-1);
    if (!entry) return;
    this.showStep(screenAfter(entry, before, play.session.finished()));
  }

  private tickTimer(): void {
    const play = this.app.play;
    const view = this.view;
    if (!play || !view || this.busy || !this.timed) return;
    const timer = this.app.core.decisionTimer(play.scenario, play.session.log(), Date.now());
    showDecisionTimer(view.timer, timer);
    if (!timer) return;
    for (const mark of TIMER_WARNINGS) {
      if (timer.remaining <= mark && timer.limit > mark && !this.warned.has(mark)) {
        this.warned.add(mark);
        if (timer.remaining > mark - 2) this.app.overlay.announce(t('game.warRoom.secondsLeft', { seconds: mark }));
      }
    }
    if (!timer.paused && timer.remaining <= 0) this.act(() => play.session.expire());
  }

  /** How red the room glows: the worst meter, and any urgent or missed deadline. */
  private alarmLevel(play: Play): number {
    const state = play.session.state();
    const worst = Math.min(1, ...play.scenario.meters.filter((m) => m.headline).map((m) => goodness(m, state.meters[m.id] ?? m.start)));
    const urgent = play.scenario.deadlines.some((d) => {
      const clock = state.deadlines[d.id];
      return clock !== undefined && (isUrgent(play.scenario, d, clock, state.time) || clock.status === 'missed');
    });
    return Math.max(1 - worst * 1.6, urgent ? 0.6 : 0, 0);
  }
}
