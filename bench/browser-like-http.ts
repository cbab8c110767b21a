/**
 * The benchmarks' clients wait for a join's answer as a browser does. colyseus.js sends its
 * matchmaking requests in Node through @colyseus/httpie on Node's global agent, which since Node 19
 * times sockets out after 5 s of silence; httpie then aborts the request, which fails with "socket
 * hang up". Colyseus answers a join only once the seat is reserved, which on a busy server (rooms
 * being restored after a process died) takes longer, so the bench's rejoins were cut off at 5 s and
 * sent again while the server still worked on the first, adding to the storm. A browser's request
 * (XMLHttpRequest in colyseus.js) has no such limit; this one waits a minute, twice the benchmarks'
 * seat reservation time, so a join ends with the server's own answer.
 */
import { globalAgent, type Agent, type AgentOptions } from 'node:http';

const JOIN_ANSWER_MS = 60_000;

/** Call before the first request: the agent's sockets take their timeout when they are made. */
export function waitForJoinsLikeABrowser(): void {
  // Node keeps the options it was made with on the agent, read for every socket it makes (untyped in @types/node).
  (globalAgent as Agent & { options: AgentOptions }).options.timeout = JOIN_ANSWER_MS;
}
