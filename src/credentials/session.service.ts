import { randomUUID } from 'node:crypto';
import { type EntityManager,IsNull } from 'typeorm';
import type { Config } from '../config/config';
import { lockUserRow } from '../identity/user-lock';
import { newToken, sha256Hex } from '../kernel/ids';
import { type SqlWrite, type UnitOfWork, withRiders } from '../kernel/unit-of-work';
import type { Logger } from '../observability/logger';
import type { RoleEntity } from '../roles/role.entity';
import type { AuthMethod, SessionKind, SessionScope } from './session.entity';
import { SessionEntity } from './session.entity';
import { type CachedSession, SessionCache, type SessionChange } from './session-cache';

const statement = (w: SqlWrite): [string, unknown[]] => [w.sql, [...w.params]];

export interface IssuedSession {
  token: string;
  session: SessionEntity;
}

export interface NewSession {
  kind: SessionKind;
  scope?: SessionScope;
  authMethod: AuthMethod;
  userId: string | null;
  roleId?: string | null;
  roleSessionName?: string | null;
  /** getSessionToken: the access key exchanged (its deactivation or deletion ends the session). */
  accessKeyId?: string | null;
  sessionPolicy?: string | null;
  context?: Record<string, string | string[]> | null;
  mfaAuthenticated: boolean;
  mfaAuthenticatedAt?: Date | null;
  temporary: boolean;
  /** Absolute lifetime; defaults to the configured session lifetime. */
  lifetimeSeconds?: number;
  /** The client it is issued to (address, User-Agent), shown when its user lists their sessions. */
  client?: SessionClient;
}

export interface SessionClient {
  readonly sourceIp: string | null;
  readonly userAgent: string | null;
}

/**
 * Bearer sessions: opaque 256-bit tokens, stored only as SHA-256 hashes, with an absolute
 * expiry and (for password sign-ins) an idle timeout. NIST SP 800-63B §7.1/§7.2.
 */
export class SessionService {
  /** Live sessions in memory, so that an authenticated request runs no SQL (see SessionCache). */
  readonly cache: SessionCache;

  constructor(
    private readonly config: Config,
    log?: Logger,
  ) {
    this.cache = new SessionCache(config.session.cacheMax, log);
  }

  /**
   * A new session. A user's own sessions are capped (`IAM_MAX_SESSIONS_PER_USER` live ones, the
   * least recently used beyond that end): under the user's row lock, so that concurrent sign-ins
   * count one by one. `userLockedIn`: that unit's transaction holds the lock already (a sign-in
   * that recorded the password's use on the user's row), so no lock statement is sent, and the
   * session and its cap ride in the unit's audit record (its last statement, after the lock).
   */
  async issue(em: EntityManager, spec: NewSession, opts: { userLockedIn?: UnitOfWork } = {}): Promise<IssuedSession> {
    const capped = spec.kind === 'USER' && spec.userId !== null;
    if (capped && !opts.userLockedIn) await lockUserRow(em, spec.userId!);
    const token = newToken('iam_');
    const now = new Date();
    const lifetime = spec.lifetimeSeconds ?? this.config.session.lifetimeSeconds;
    const session = em.create(SessionEntity, {
      id: randomUUID(),
      tokenHash: sha256Hex(token),
      kind: spec.kind,
      scope: spec.scope ?? 'FULL',
      authMethod: spec.authMethod,
      userId: spec.userId,
      roleId: spec.roleId ?? null,
      roleSessionName: spec.roleSessionName ?? null,
      accessKeyId: spec.accessKeyId ?? null,
      sessionPolicy: spec.sessionPolicy ?? null,
      context: spec.context ?? null,
      mfaAuthenticated: spec.mfaAuthenticated,
      mfaAuthenticatedAt: spec.mfaAuthenticated ? (spec.mfaAuthenticatedAt ?? now) : null,
      temporary: spec.temporary,
      createdAt: now,
      expiresAt: new Date(now.getTime() + lifetime * 1000),
      lastUsedAt: now,
      sourceIp: spec.client?.sourceIp ?? null,
      userAgent: spec.client?.userAgent?.slice(0, 256) ?? null,
      revokedAt: null,
    });
    if (!capped) {
      await em.insert(SessionEntity, session);
      return { token, session };
    }
    const [insert, cap] = this.cappedWrites(session);
    if (opts.userLockedIn) opts.userLockedIn.writeWithRecord(insert, cap);
    else await em.query(...statement(withRiders(cap, [insert])));
    this.cache.drop(em, `u:${session.userId}`);
    return { token, session };
  }

  /**
   * The insert and the cap, for one statement run while the user's row is locked (so its snapshot
   * sees every session committed before the lock). The statement does not see its own new row:
   * the cap keeps maxPerUser - 1 of the others, the new one being the most recently used.
   */
  private cappedWrites(s: SessionEntity): [SqlWrite, SqlWrite] {
    const insert: SqlWrite = {
      sql: `INSERT INTO sessions (id, token_hash, kind, scope, auth_method, user_id, role_id, role_session_name, access_key_id,
                                  session_policy, context, mfa_authenticated, mfa_authenticated_at, temporary, created_at,
                                  expires_at, last_used_at, source_ip, user_agent, revoked_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13, $14, $15, $16, $17, $18, $19, NULL)`,
      params: [
        s.id, s.tokenHash, s.kind, s.scope, s.authMethod, s.userId, s.roleId, s.roleSessionName, s.accessKeyId,
        s.sessionPolicy, s.context === null ? null : JSON.stringify(s.context), s.mfaAuthenticated, s.mfaAuthenticatedAt, s.temporary, s.createdAt,
        s.expiresAt, s.lastUsedAt, s.sourceIp, s.userAgent,
      ],
    };
    const cap: SqlWrite = {
      sql: `UPDATE sessions SET revoked_at = now() WHERE id IN (
              SELECT id FROM sessions WHERE user_id = $1 AND kind = 'USER' AND revoked_at IS NULL AND expires_at > now()
               ORDER BY last_used_at DESC, created_at DESC OFFSET $2)`,
      params: [s.userId, Math.max(0, this.config.session.maxPerUser - 1)],
    };
    return [insert, cap];
  }

  /**
   * The cached live session of a token, checked in memory (absolute expiry, idle timeout) and
   * touched; undefined when not cached (then `authenticate`). Copies: requests never share objects.
   */
  cached(token: string): Pick<CachedSession, 'role' | 'session'> | undefined {
    if (token.length < 16 || token.length > 512) return undefined;
    const hash = sha256Hex(token);
    const entry = this.cache.get(hash);
    if (!entry) return undefined;
    const now = Date.now();
    const s = entry.session;
    // Expired, or idle as far as this instance knows: the database decides (another instance may have used it).
    if (s.expiresAt.getTime() <= now || (!s.temporary && now - entry.lastUsed > this.config.session.idleTimeoutSeconds * 1000)) {
      this.cache.remove(hash);
      return undefined;
    }
    entry.lastUsed = now;
    this.cache.touch(s.id, now);
    const session = Object.assign(Object.create(SessionEntity.prototype) as SessionEntity, s, { lastUsedAt: new Date(now) });
    if (s.user) session.user = Object.assign(Object.create(Object.getPrototypeOf(s.user) as object) as typeof s.user, s.user);
    const role = entry.role && (Object.assign(Object.create(Object.getPrototypeOf(entry.role) as object) as RoleEntity, entry.role));
    return { session, role };
  }

  /** Keeps what `authenticate` (outside any transaction) and principal resolution read, unless dropped since `generation`. */
  remember(em: EntityManager, token: string, session: SessionEntity, role: RoleEntity | null, generation: number): void {
    if (em.queryRunner?.isTransactionActive) return;
    this.cache.store(sha256Hex(token), session, role, session.lastUsedAt.getTime(), generation);
  }

  /**
   * Finds the live session of a bearer token and touches its idle clock (in memory: written in
   * batches by flushTouches, never per request).
   * Password sessions time out after the idle timeout; STS credentials live to their expiry, as in AWS.
   */
  async authenticate(em: EntityManager, token: string): Promise<SessionEntity | null> {
    if (token.length < 16 || token.length > 512) return null;
    // The user comes in the same statement: this runs on every authenticated request not cached.
    // (A query builder: findOne with a relation sends a second statement to page by id.)
    const session = await em
      .createQueryBuilder(SessionEntity, 's')
      .leftJoinAndSelect('s.user', 'u')
      .where('s.token_hash = :hash', { hash: sha256Hex(token) })
      .getOne();
    if (!session || session.revokedAt) return null;
    const now = Date.now();
    if (session.expiresAt.getTime() <= now) return null;
    this.cache.noteWritten(session.id, session.lastUsedAt.getTime());
    const usedHere = this.cache.pendingTouch(session.id);
    if (usedHere !== undefined && usedHere > session.lastUsedAt.getTime()) session.lastUsedAt = new Date(usedHere);
    if (this.idleExpired(session, now)) return null;
    session.lastUsedAt = new Date(now);
    this.cache.touch(session.id, now);
    return session;
  }

  /** Writes the idle clocks touched since the last flush, in one statement (see SessionCache.takeTouches). */
  async flushTouches(em: EntityManager, minStepMs = 0): Promise<void> {
    const touches = this.cache.takeTouches(minStepMs);
    if (touches.size === 0) return;
    const ids = [...touches.keys()];
    const at = ids.map((id) => new Date(touches.get(id)!).toISOString());
    try {
      await em.query(
        `UPDATE sessions SET last_used_at = v.t FROM unnest($1::uuid[], $2::timestamptz[]) AS v(id, t)
          WHERE sessions.id = v.id AND sessions.last_used_at < v.t`,
        [ids, at],
      );
    } catch (err) {
      for (const [id, t] of touches) this.cache.touch(id, t);
      throw err;
    }
    for (const [id, t] of touches) this.cache.noteWritten(id, t);
  }

  /**
   * Call inside a transaction that changes what a cached session resolves to (a user or role
   * renamed, deleted, its sessions revoked): the next request here re-reads it. Other instances
   * learn it from the database's triggers (migration SessionCacheNotify).
   */
  changed(em: EntityManager, change: SessionChange): void {
    this.cache.drop(em, change);
  }

  private idleExpired(session: SessionEntity, now: number): boolean {
    if (session.temporary) return false;
    return now - session.lastUsedAt.getTime() > this.config.session.idleTimeoutSeconds * 1000;
  }

  async revoke(em: EntityManager, sessionId: string): Promise<boolean> {
    const res = await em.update(SessionEntity, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.cache.drop(em, `s:${sessionId}`);
    return (res.affected ?? 0) > 0;
  }

  /**
   * A user's own live sessions (sign-ins and getSessionToken; role sessions are the role's),
   * most recently used first. Idle-expired ones are left out, as authenticate() refuses them.
   */
  async listLiveForUser(em: EntityManager, userId: string): Promise<SessionEntity[]> {
    const rows = await em
      .createQueryBuilder(SessionEntity, 's')
      .where("s.user_id = :userId AND s.kind = 'USER' AND s.revoked_at IS NULL AND s.expires_at > now()", { userId })
      .orderBy('s.last_used_at', 'DESC')
      .addOrderBy('s.created_at', 'DESC')
      .getMany();
    const now = Date.now();
    return rows.filter((s) => !this.idleExpired(s, now));
  }

  /** One live session of a user's own, by id; null when unknown, ended, or not a user session. */
  async findLiveUserSession(em: EntityManager, sessionId: string): Promise<SessionEntity | null> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(sessionId)) return null;
    const s = await em.findOne(SessionEntity, { where: { id: sessionId, kind: 'USER', revokedAt: IsNull() } });
    if (!s || s.userId === null || s.expiresAt.getTime() <= Date.now() || this.idleExpired(s, Date.now())) return null;
    return s;
  }

  /**
   * Ends every live session of a user, except `keepSessionId` (the caller's own, on a password change).
   * The user's row is locked first (FOR UPDATE): an assumeRole that holds it (lockUserShared)
   * issues its role session before this runs, and that session ends here too.
   */
  async revokeAllForUser(em: EntityManager, userId: string, keepSessionId?: string): Promise<number> {
    await lockUserRow(em, userId);
    const qb = em
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL AND expires_at > now()', { userId });
    if (keepSessionId) qb.andWhere('id <> :keep', { keep: keepSessionId });
    const res = await qb.execute();
    this.cache.drop(em, `u:${userId}`);
    // A sign-in half done (password accepted, second factor pending) ends with the sessions.
    await em.query('UPDATE mfa_challenges SET used_at = now() WHERE user_id = $1 AND used_at IS NULL', [userId]);
    return res.affected ?? 0;
  }

  /** Ends every live session that an access key was exchanged for (the key was deactivated or deleted). */
  async revokeAllForAccessKey(em: EntityManager, accessKeyId: string): Promise<number> {
    const [, count] = (await em.query(
      'UPDATE sessions SET revoked_at = now() WHERE access_key_id = $1 AND revoked_at IS NULL AND expires_at > now() RETURNING id',
      [accessKeyId],
    )) as [unknown[], number];
    this.cache.drop(em, `k:${accessKeyId}`);
    return count;
  }

  /** Locks the user's row against revokeAllForUser until the transaction ends; false when the user is gone. */
  async lockUserShared(em: EntityManager, userId: string): Promise<boolean> {
    const rows: unknown[] = await em.query('SELECT id FROM "users" WHERE id = $1 FOR SHARE', [userId]);
    return rows.length === 1;
  }

  /** Whether a session is still live (not revoked, not expired), read now. */
  async isLive(em: EntityManager, sessionId: string): Promise<boolean> {
    const rows: unknown[] = await em.query('SELECT id FROM "sessions" WHERE id = $1 AND revoked_at IS NULL AND expires_at > $2', [sessionId, new Date()]);
    return rows.length === 1;
  }

  async deleteAllForUser(em: EntityManager, userId: string): Promise<void> {
    await em.delete(SessionEntity, { userId });
    this.cache.drop(em, `u:${userId}`);
  }
}
