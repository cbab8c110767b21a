/**
 * `?inspect`: shows the session's xstate actor in the Stately inspector. Loaded on demand, so the
 * inspector never reaches the bundle players download.
 */
import type { Session } from './core';

export async function attachInspector(session: Session): Promise<void> {
  const { createBrowserInspector } = await import('@statelyai/inspect');
  const inspector = createBrowserInspector({ autoStart: true });
  const actor = session.actor;
  // The actor already runs, so register it and its current snapshot, then follow everything.
  inspector.actor(actor, actor.getSnapshot());
  actor.system.inspect(inspector.inspect);
}
