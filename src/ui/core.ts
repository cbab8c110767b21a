/**
 * The pure core reaches the UI through these doors, loaded as their own chunks while Phaser draws
 * the room: the initial download stays Phaser plus a thin shell. Shipped scenarios arrive checked
 * (see catalog.ts), so the YAML parser and the checker load only for a file the instructor opens.
 */
import type * as EngineModule from '../engine/index';
import type * as ScenarioModule from '../scenario/index';
import type * as TextModule from '../scenario/text';
import type * as IdsModule from './sync/ids';
import type * as LinkModule from './sync/projector-link';

export type Session = ReturnType<typeof EngineModule.createSession>;
export type ProjectorLink = LinkModule.ProjectorLink;

/** The scenario checker: YAML text in, a checked scenario or positioned diagnostics out. */
export interface Checker {
  readonly loadScenario: typeof ScenarioModule.loadScenario;
  readonly formatDiagnostic: typeof ScenarioModule.formatDiagnostic;
}

export interface Core {
  readonly text: typeof TextModule.text;
  readonly createSession: typeof EngineModule.createSession;
  readonly restore: typeof EngineModule.restore;
  readonly shownChoices: typeof EngineModule.shownChoices;
  readonly decisionTimer: typeof EngineModule.decisionTimer;
  readonly injectById: typeof EngineModule.injectById;
  readonly formatGameTime: typeof EngineModule.formatGameTime;
  readonly linkProjector: typeof LinkModule.linkProjector;
  readonly createChannelId: typeof IdsModule.createChannelId;
}

let loading: Promise<Core> | undefined;
let checking: Promise<Checker> | undefined;

export function loadCore(): Promise<Core> {
  loading ??= Promise.all([import('../scenario/text'), import('../engine/index'), import('./sync/projector-link'), import('./sync/ids')]).then(
    ([scenario, engine, link, ids]) => ({
      text: scenario.text,
      createSession: engine.createSession,
      restore: engine.restore,
      shownChoices: engine.shownChoices,
      decisionTimer: engine.decisionTimer,
      injectById: engine.injectById,
      formatGameTime: engine.formatGameTime,
      linkProjector: link.linkProjector,
      createChannelId: ids.createChannelId,
    }),
  );
  return loading;
}

export function loadChecker(): Promise<Checker> {
  checking ??= import('../scenario/index').then((scenario) => ({
    loadScenario: scenario.loadScenario,
    formatDiagnostic: scenario.formatDiagnostic,
  }));
  return checking;
}
