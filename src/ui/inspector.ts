/**
 * `?inspect`: shows the session's xstate actor in the Stately inspector. Loaded on demand, so the
 * inspector never reaches the bundle players download.
 */
import type { InspectionEvent } from 'xstate';
import type { Session } from './core';

export async function attachInspector(session: Session): Promise<void> {
  const { createBrowserInspector } = await import('@statelyai/inspect');
  const inspector = createBrowserInspector({ autoStart: true });
  let inspected: Session['actor'] | null = null;
  // The inspector's own observer (`inspector.inspect`) defers each event to requestIdleCallback,
  // with no timeout; the war room's render loop keeps a busy or slow machine from ever being idle,
  // so events after the registration never left. Forward them at once through the inspector's
  // direct calls instead (the same messages, serialised the same way).
  const forward = (event: InspectionEvent): void => {
    if (event.type === '@xstate.event') inspector.event(event.actorRef, event.event, event.sourceRef ? { source: event.sourceRef } : undefined);
    else if (event.type === '@xstate.snapshot') inspector.snapshot(event.actorRef, event.snapshot, { event: event.event });
  };
  // The actor already runs, so register it with its current snapshot, then follow everything it
  // does. A facilitator's undo rebuilds the actor from the log: follow the new one from then on.
  const follow = (): void => {
    const actor = session.actor;
    if (actor === inspected) return;
    inspected = actor;
    inspector.actor(actor, actor.getSnapshot());
    actor.system.inspect(forward);
  };
  follow();
  session.subscribe(follow);
}
