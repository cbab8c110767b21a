/**
 * Colyseus's WebSocket transport pings every client each interval and drops one that left
 * `pingMaxRetries` pings unanswered. While this process restores the rooms of a process that died
 * it is busy on behalf of hundreds of returning clients, and its own clients' pongs are read late:
 * in a 3,100-client bench:live:scale run the survivor dropped 2,070 of its own clients for
 * unanswered pings, who then rejoined too, adding to the very load that made them late. So while
 * restores are under way (restore-queue.ts) a missed pong is not counted: clients are still
 * pinged, a pong still clears the count, and counting resumes where it was once the restores end.
 * A client silent through a restore is dropped by the sweeps after it, as before.
 */
import { WebSocketTransport, type TransportOptions } from '@colyseus/ws-transport';

/** What the sweep needs of a socket (ws's WebSocket with Colyseus's count of unanswered pings). */
export interface PingedSocket {
  pingCount: number;
  ping(data?: unknown, mask?: boolean, callback?: (error?: Error) => void): void;
  terminate(): void;
}

const ignore = (): void => undefined;

/** One sweep: drops the clients that left `maxRetries` pings unanswered and pings the others, counting nothing while `busy`. */
export function sweepUnresponsive(clients: Iterable<PingedSocket>, maxRetries: number, busy: boolean): void {
  for (const client of clients) {
    if (busy) {
      client.ping(undefined, undefined, ignore);
      continue;
    }
    if (client.pingCount >= maxRetries) {
      client.terminate();
      continue;
    }
    client.pingCount += 1;
    client.ping(undefined, undefined, ignore);
  }
}

/** The WebSocket transport whose ping sweep is lenient while `busy()` says the process is restoring rooms. */
export class PatientTransport extends WebSocketTransport {
  constructor(
    options: TransportOptions,
    private readonly busy: () => boolean,
  ) {
    super(options);
  }

  protected override autoTerminateUnresponsiveClients(pingInterval: number, pingMaxRetries: number): void {
    this.pingInterval = setInterval(() => sweepUnresponsive(this.wss.clients as Iterable<unknown> as Iterable<PingedSocket>, pingMaxRetries, this.busy()), pingInterval);
  }
}
