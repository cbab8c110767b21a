/**
 * The pure core (scenario loader and engine) reaches the UI through this one door, loaded as its
 * own chunk while Phaser draws the room: the initial download stays Phaser plus a thin shell.
 */
import type * as EngineModule from '../engine/index';
import type * as ScenarioModule from '../scenario/index';
import type * as IdsModule from './sync/ids';
import type * as LinkModule from './sync/projector-link';

export type Session = ReturnType<typeof EngineModule.createSession>;
export type ProjectorLink = LinkModule.ProjectorLink;

export interface Core {
  readonly loadScenario: typeof ScenarioModule.loadScenario;
  readonly formatDiagnostic: typeof ScenarioModule.formatDiagnostic;
  readonly text: typeof ScenarioModule.text;
  readonly createSession: typeof EngineModule.createSession;
  readonly restore: typeof EngineModule.restore;
  readonly decisionTimer: typeof EngineModule.decisionTimer;
  readonly injectById: typeof EngineModule.injectById;
  readonly formatGameTime: typeof EngineModule.formatGameTime;
  readonly linkProjector: typeof LinkModule.linkProjector;
  readonly createChannelId: typeof IdsModule.createChannelId;
}

let loading: Promise<Core> | undefined;

export function loadCore(): Promise<Core> {
  loading ??= Promise.all([import('../scenario/index'), import('../engine/index'), import('./sync/projector-link'), import('./sync/ids')]).then(
    ([scenario, engine, link, ids]) => ({
      loadScenario: scenario.loadScenario,
      formatDiagnostic: scenario.formatDiagnostic,
      text: scenario.text,
      createSession: engine.createSession,
      restore: engine.restore,
      decisionTimer: engine.decisionTimer,
      injectById: engine.injectById,
      formatGameTime: engine.formatGameTime,
      linkProjector: link.linkProjector,
      createChannelId: ids.createChannelId,
    }),
  );
  return loading;
}
