/**
 * One live exercise session as a Colyseus room: the teams' runs (one engine session each, over a
 * stored log), who is in which team, and the facilitator. Clients send intents; the room checks
 * who sent them and what they say, lets the engine judge them, stores the accepted event, then
 * acknowledges it and broadcasts it. A room whose process died is rebuilt from the store by the
 * next client that joins with its code.
 */
import { type AuthContext, type Client, Room, type Server } from '@colyseus/core';
import { randomInt } from 'node:crypto';
import type { LogEntry } from '../engine/types.ts';
import type { Scenario } from '../scenario/types.ts';
import { consoleEvent } from './console-events.ts';
import { countSession, recordDrop, recordRejoinAuth, recordRestore, roomClosed } from './metrics.ts';
import { authenticateJoin, type Joiner } from './join-auth.ts';
import { joinError, JOIN_REFUSED } from './join-refusals.ts';
import { greet, refuse, sendBoard, sendRoster, sendTo, type Who } from './audience.ts';
import { claimSession, releaseSession, sessionListed, untilListed } from './hosted-sessions.ts';
import { receiveIntent } from './intent-path.ts';
import { restores } from './restore-queue.ts';
import { schemaError, validateConsole, validateDecider, validateReveal, validateRole, type JoinOptions } from './messages.ts';
import { createNonces, nonceOf } from './nonces.ts';
import { createProposals, type Proposals } from './proposals.ts';
import { onWire, REFUSED } from './refusals.ts';
import { createRateLimiter, MESSAGE_BURST, MESSAGE_PER_SECOND, type RateLimiter } from './rate-limit.ts';
import { createRoster, publicId, type Roster } from './roster.ts';
import { loadShipped, loadSource } from './scenarios.ts';
import { createJoinCode, createSecret, hashSecret, projectorKey } from './secrets.ts';
import type { LiveStore } from './store.ts';
import { createTeamRunner, type TeamRunner } from './team-runner.ts';

export interface LiveDeps {
  readonly store: LiveStore;
  readonly joinLimiter: RateLimiter;
  /** Seconds a dropped client keeps its seat (a sleeping laptop, lost Wi-Fi). */
  readonly reconnectSeconds?: number;
  /** Pings a client may leave unanswered before the transport drops it (Colyseus's default 2). */
  readonly pingMaxRetries?: number;
  /** Before a returning device joins a session: clears the listing of a room whose process died (dead-hosts.ts), several processes only. */
  readonly forgetDeadHostOf?: (code: string) => Promise<void>;
}

export function exerciseRoom(deps: LiveDeps) {
  return class ExerciseRoom extends Room<object, unknown, Who> {
    static override async onAuth(_token: string, options: unknown, context: AuthContext): Promise<Joiner> {
      const asked = performance.now();
      const ip = Array.isArray(context.ip) ? (context.ip[0] ?? '') : context.ip;
      const joiner = await authenticateJoin(deps.store, deps.joinLimiter, options, ip);
      if (joiner.kind === 'participant' || joiner.kind === 'facilitator' || joiner.kind === 'projector') await deps.forgetDeadHostOf?.(joiner.code);
      // A session being restored here: wait for its room rather than be refused and ask again.
      if (joiner.kind !== 'creator') await untilListed(joiner.code);
      if (joiner.kind === 'participant') recordRejoinAuth(performance.now() - asked);
      return joiner;
    }

    code = '';
    scenario!: Scenario;
    facilitatorHash = '';
    seed = 0;
    /** Whether the projector shows the teams' choices (hidden again after a restart, the safe side). */
    revealed = false;
    ended = false;
    /** The new session's secret, handed once to the client that created it. */
    createdSecret: string | null = null;
    runners = new Map<string, TeamRunner>();
    roster!: Roster;
    proposals!: Proposals;
    nonces = createNonces();
    messageLimiter = createRateLimiter(MESSAGE_BURST, MESSAGE_PER_SECOND);

    override async onCreate(options: JoinOptions): Promise<void> {
      if (options.code !== undefined) {
        if (!claimSession(options.code)) throw joinError(JOIN_REFUSED.sessionRestoring(options.code));
        try {
          const code = options.code;
          const queued = performance.now();
          let began = queued;
          await restores(() => {
            began = performance.now();
            return this.restore(code);
          });
          recordRestore(began - queued, performance.now() - began);
        } catch (error) {
          releaseSession(options.code);
          throw error;
        }
      } else {
        await this.startNew(options);
        claimSession(this.code);
      }
      (this.listing as unknown as { code: string }).code = this.code;
      countSession(this.code);
      this.onMessage('hello', (client) => this.onHello(client));
      this.onMessage('intent', (client, message: unknown) => void receiveIntent(this, client, message));
      this.onMessage('console', (client, message: unknown) => void this.onConsole(client, message));
      this.onMessage('decider', (client, message: unknown) => void this.onDecider(client, message));
      this.onMessage('role', (client, message: unknown) => void this.onRole(client, message));
      this.onMessage('reveal', (client, message: unknown) => this.onReveal(client, message));
      this.onMessage('*', (client, type) => refuse(client, 0, REFUSED.unknownMessage(String(type))));
    }

    async startNew(options: JoinOptions): Promise<void> {
      const loaded = options.scenario !== undefined ? loadShipped(options.scenario) : loadSource(options.source ?? '');
      if (!loaded.ok) throw joinError(loaded.refused);
      this.scenario = loaded.scenario;
      this.seed = randomInt(2 ** 31);
      this.createdSecret = createSecret();
      this.code = createJoinCode();
      this.facilitatorHash = hashSecret(this.createdSecret);
      const record = { code: this.code, source: loaded.source, scenarioId: loaded.scenario.meta.id, facilitatorHash: this.facilitatorHash, seed: this.seed, created: Date.now(), ended: false };
      await deps.store.createSession(record);
      this.roster = createRoster([]);
      this.proposals = createProposals(deps.store);
    }

    async restore(code: string): Promise<void> {
      const record = await deps.store.findSession(code);
      if (!record) throw joinError(JOIN_REFUSED.noSession(code));
      const loaded = loadSource(record.source);
      if (!loaded.ok) throw joinError(JOIN_REFUSED.storedScenario(code, loaded.refused.refusal));
      this.code = code;
      this.scenario = loaded.scenario;
      this.seed = record.seed;
      this.facilitatorHash = record.facilitatorHash;
      this.ended = record.ended;
      this.roster = createRoster(await deps.store.listParticipants(code));
      this.proposals = createProposals(deps.store, await deps.store.listProposals(code));
      for (const [team, log] of await deps.store.readLogs(code)) this.runners.set(team, this.createRunner(team, log));
    }

    createRunner(team: string, log?: readonly LogEntry[]): TeamRunner {
      return createTeamRunner({
        code: this.code,
        team,
        scenario: this.scenario,
        seed: this.seed,
        store: deps.store,
        ...(log ? { log } : {}),
        onEntry: (entry) => {
          sendTo(this.clients, team, 'entry', { team, entry, now: Date.now() });
          sendBoard(this.clients, this.runners, this.revealed);
        },
        setTimer: (callback, ms) => this.clock.setTimeout(callback, ms),
      });
    }

    override async onJoin(client: Client<Who>, _options: JoinOptions, joiner: Joiner): Promise<void> {
      if (joiner.kind === 'creator' || joiner.kind === 'facilitator') {
        const secret = joiner.kind === 'creator' ? this.createdSecret : null;
        const projector = projectorKey(this.facilitatorHash);
        client.userData = { kind: 'facilitator', welcome: { kind: 'facilitator', code: this.code, ...(secret ? { secret } : {}), projector, revealed: this.revealed, scenario: this.scenario, ended: this.ended, now: Date.now() } };
        sendRoster(this.clients, this.roster);
        return;
      }
      if (joiner.kind === 'projector') {
        client.userData = { kind: 'projector', welcome: { kind: 'projector', code: this.code, scenario: this.scenario, ended: this.ended, now: Date.now() } };
        return;
      }
      let token: string | null = null;
      let participant;
      if (joiner.kind === 'participant') participant = joiner.participant;
      else {
        if (this.ended) throw joinError(JOIN_REFUSED.sessionEnded);
        if (joiner.role !== null && !this.scenario.roles.some((role) => role.id === joiner.role)) throw joinError(JOIN_REFUSED.joinNoRole(joiner.role));
        token = createSecret();
        participant = { tokenHash: hashSecret(token), code: this.code, team: joiner.team, name: joiner.name, role: joiner.role, decider: !this.roster.hasTeam(joiner.team) };
        await deps.store.saveParticipant(participant);
        this.roster.put(participant);
      }
      const id = publicId(participant.tokenHash);
      const welcome = { kind: 'participant', code: this.code, ...(token ? { token } : {}), team: participant.team, you: { id, name: participant.name, role: participant.role }, scenario: this.scenario, ended: this.ended, now: Date.now() };
      client.userData = { kind: 'participant', id, team: participant.team, welcome };
      this.roster.connect(id, 1);
      let runner = this.runners.get(participant.team);
      if (!runner) {
        runner = this.createRunner(participant.team);
        this.runners.set(participant.team, runner);
        await runner.start();
      }
      sendRoster(this.clients, this.roster);
    }

    /**
     * The client's handlers are listening: messages sent before it said hello could arrive before
     * colyseus.js has a handler for them, and be dropped. The welcome (with a new token or the
     * creator's secret) is handed over once.
     */
    onHello(client: Client<Who>): void {
      const who = client.userData;
      if (!who) return;
      if (who.welcome) client.send('welcome', { ...who.welcome, revealed: this.revealed, now: Date.now() });
      who.welcome = { ...who.welcome, token: undefined, secret: undefined };
      greet(client, this.runners, this.roster, this.revealed, (team, at) => this.proposals.open(team, at));
    }

    override async onLeave(client: Client<Who>, consented: boolean): Promise<void> {
      const who = client.userData;
      if (who?.kind === 'participant') this.roster.connect(who.id, -1);
      sendRoster(this.clients, this.roster);
      if (consented) return;
      // The transport counts the pings the socket left unanswered: at its limit, it was dropped as unresponsive.
      const missed = (client as unknown as { ref?: { pingCount?: number } }).ref?.pingCount ?? 0;
      recordDrop(missed >= (deps.pingMaxRetries ?? 2));
      try {
        await this.allowReconnection(client, deps.reconnectSeconds ?? 90);
        if (who?.kind === 'participant') this.roster.connect(who.id, 1);
        sendRoster(this.clients, this.roster);
      } catch {
        // The seat is gone; the client rejoins with its token instead.
      }
    }

    override onDispose(): void {
      releaseSession(this.code);
      roomClosed(this.code);
      for (const runner of this.runners.values()) runner.stop();
    }

    /** The facilitator shows or hides the teams' choices on the projector. */
    onReveal(client: Client<Who>, message: unknown): void {
      const nonce = nonceOf(message);
      if (client.userData?.kind !== 'facilitator') return refuse(client, nonce, REFUSED.onlyFacilitatorReveals);
      if (!validateReveal(message)) return refuse(client, nonce, REFUSED.invalidMessage(schemaError(validateReveal)));
      if (!this.nonces.fresh(`facilitator:${client.sessionId}`, message.nonce)) return refuse(client, nonce, REFUSED.replayed);
      this.revealed = message.revealed;
      client.send('ack', { nonce });
      for (const other of this.clients) if (other.userData?.kind === 'facilitator') other.send('revealed', { revealed: this.revealed });
      sendBoard(this.clients, this.runners, this.revealed);
    }

    async onConsole(client: Client<Who>, message: unknown): Promise<void> {
      const nonce = nonceOf(message);
      if (client.userData?.kind !== 'facilitator') return refuse(client, nonce, REFUSED.onlyFacilitatorConsole);
      if (!validateConsole(message)) return refuse(client, nonce, REFUSED.invalidMessage(schemaError(validateConsole)));
      if (!this.nonces.fresh(`facilitator:${client.sessionId}`, message.nonce)) return refuse(client, nonce, REFUSED.replayed);
      const targets = message.team === '*' ? [...this.runners.values()] : [this.runners.get(message.team)].filter((runner) => runner !== undefined);
      if (targets.length === 0) return refuse(client, nonce, REFUSED.noTeam(message.team));
      const event = consoleEvent(message.command);
      const results = await Promise.all(targets.map(async (runner) => ({ team: runner.team, applied: await runner.apply(event) })));
      const failed = results.flatMap((result) => (result.applied.ok ? [] : [{ team: result.team, ...onWire(result.applied.refusal) }]));
      // `refused` keeps the English lines older clients read; `refusals` lets a page word each one.
      const refused = failed.map((f) => `${f.team}: ${f.reason}`);
      if (message.command.kind === 'end' && message.team === '*') {
        await deps.store.endSession(this.code);
        this.ended = true;
        this.broadcast('ended', {});
      }
      client.send('ack', { nonce, refused, refusals: failed });
    }

    async onDecider(client: Client<Who>, message: unknown): Promise<void> {
      const nonce = nonceOf(message);
      if (client.userData?.kind !== 'facilitator') return refuse(client, nonce, REFUSED.onlyFacilitatorDecider);
      if (!validateDecider(message)) return refuse(client, nonce, REFUSED.invalidMessage(schemaError(validateDecider)));
      const chosen = this.roster.get(message.participant);
      if (!chosen || chosen.team !== message.team) return refuse(client, nonce, REFUSED.noParticipant(message.participant, message.team));
      for (const member of this.roster.teamMembers(message.team)) {
        const updated = { ...member, decider: member === chosen };
        await deps.store.saveParticipant(updated);
        this.roster.put(updated);
      }
      client.send('ack', { nonce });
      sendRoster(this.clients, this.roster);
    }

    /** A member picks the role they play (one the scenario declares), or none. */
    async onRole(client: Client<Who>, message: unknown): Promise<void> {
      const who = client.userData;
      const nonce = nonceOf(message);
      if (who?.kind !== 'participant') return refuse(client, nonce, REFUSED.onlyMemberRole);
      if (!validateRole(message)) return refuse(client, nonce, REFUSED.invalidMessage(schemaError(validateRole)));
      if (!this.nonces.fresh(who.id, message.nonce)) return refuse(client, nonce, REFUSED.replayed);
      if (message.role !== null && !this.scenario.roles.some((role) => role.id === message.role)) return refuse(client, nonce, REFUSED.noRole(message.role));
      const member = this.roster.get(who.id);
      if (!member) return refuse(client, nonce, REFUSED.notInSession);
      const updated = { ...member, role: message.role };
      await deps.store.saveParticipant(updated);
      this.roster.put(updated);
      client.send('ack', { nonce });
      sendRoster(this.clients, this.roster);
    }
  };
}

/** Defines the exercise room on `server`, one room per code; joins waiting for a restore go on once its room is listed (Colyseus lists it after onCreate). */
export function defineExercise(server: Server, deps: LiveDeps): void {
  server
    .define('exercise', exerciseRoom(deps))
    .filterBy(['code'])
    .on('create', (room: { code: string }) => sessionListed(room.code));
}
