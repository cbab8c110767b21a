/**
 * `?inspect`: shows the session's xstate actor in the Stately inspector. Loaded on demand, so the
 * inspector never reaches the bundle players download.
 */
import type { Session } from './core';

export async function attachInspector(session: Session): Promise<void> {
  const { createBrowserInspector } = await import('@statelyai/inspect');
  const inspector = createBrowserInspector({ autoStart: true });
  let inspected: Session['actor'] | null = null;
  // The actor already runs, so register it with its current snapshot, then follow everything it
  // does. A facilitator's undo rebuilds the actor from the log: follow the new one from then on.
  const follow = (): void => {
    const actor = session.actor;
    if (actor === inspected) return;
    inspected = actor;
    inspector.actor(actor, actor.getSnapshot());
    actor.system.inspect(inspector.inspect);
  };
  follow();
  session.subscribe(follow);
}
