import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { UserEntity } from '../identity/user.entity';
import { lockUserRow } from '../identity/user-lock';
import type { RequestOrigin } from '../kernel/caller';
import { Errors } from '../kernel/errors';
import { constantTimeEqual, sha256Hex, uniqueId } from '../kernel/ids';
import type { UnitOfWork } from '../kernel/unit-of-work';
import { AccessKeyEntity, type AccessKeyStatus } from './access-key.entity';
import { attemptChecks } from './attempt-keys';
import type { Admitted, AttemptLimiter } from './attempt-limiter';
import type { SessionService } from './session.service';

export const MAX_ACCESS_KEYS_PER_USER = 2;

export interface AccessKeyWithSecret {
  accessKeyId: string;
  secretAccessKey: string;
  userName: string;
  status: AccessKeyStatus;
  createDate: Date;
}

/**
 * IAM access keys: an AKIA… id and a 40-character secret (240 random bits) shown once and
 * stored only as its SHA-256. Two per user, as in AWS (LimitExceeded past that).
 */
export class AccessKeyService {
  constructor(
    private readonly limiter: AttemptLimiter,
    private readonly sessions: SessionService,
  ) {}

  async create(em: EntityManager, user: UserEntity): Promise<AccessKeyWithSecret> {
    // Lock the user row so that concurrent creates for one user are counted one after another.
    await lockUserRow(em, user.id);
    const count = await em.count(AccessKeyEntity, { where: { userId: user.id } });
    if (count >= MAX_ACCESS_KEYS_PER_USER) {
      throw Errors.limitExceeded(`Cannot exceed quota for AccessKeysPerUser: ${MAX_ACCESS_KEYS_PER_USER}`);
    }
    const secretAccessKey = randomBytes(30).toString('base64');
    const key = em.create(AccessKeyEntity, {
      accessKeyId: uniqueId('AKIA').slice(0, 20),
      userId: user.id,
      secretHash: sha256Hex(secretAccessKey),
      status: 'Active',
      createDate: new Date(),
      lastUsedDate: null,
    });
    await em.insert(AccessKeyEntity, key);
    return { accessKeyId: key.accessKeyId, secretAccessKey, userName: user.userName, status: key.status, createDate: key.createDate };
  }

  async get(em: EntityManager, user: UserEntity, accessKeyId: string): Promise<AccessKeyEntity> {
    const key = accessKeyId.length <= 128 ? await em.findOne(AccessKeyEntity, { where: { accessKeyId, userId: user.id } }) : null;
    if (!key) throw Errors.noSuchEntity(`The Access Key with id ${accessKeyId.slice(0, 128)}`);
    return key;
  }

  /**
   * The key row, locked for the rest of the transaction: a getSessionToken that has not yet
   * spent the key waits for this change, and one that has is committed before it.
   */
  private async getLocked(em: EntityManager, user: UserEntity, accessKeyId: string): Promise<AccessKeyEntity> {
    const key = accessKeyId.length <= 128
      ? await em.findOne(AccessKeyEntity, { where: { accessKeyId, userId: user.id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!key) throw Errors.noSuchEntity(`The Access Key with id ${accessKeyId.slice(0, 128)}`);
    return key;
  }

  /** Deactivating a key also ends the sessions getSessionToken gave for it (reactivating does not revive them). */
  async updateStatus(em: EntityManager, user: UserEntity, accessKeyId: string, status: AccessKeyStatus): Promise<AccessKeyEntity> {
    const key = await this.getLocked(em, user, accessKeyId);
    key.status = status;
    await em.update(AccessKeyEntity, { accessKeyId: key.accessKeyId }, { status });
    if (status === 'Inactive') await this.sessions.revokeAllForAccessKey(em, key.accessKeyId);
    return key;
  }

  /** Deleting a key ends the sessions getSessionToken gave for it. */
  async delete(em: EntityManager, user: UserEntity, accessKeyId: string): Promise<void> {
    const key = await this.getLocked(em, user, accessKeyId);
    await em.delete(AccessKeyEntity, { accessKeyId: key.accessKeyId });
    await this.sessions.revokeAllForAccessKey(em, key.accessKeyId);
  }

  /** The key's owner (null for an unknown key) and whether the secret is the key's: for admission, before any check is counted. */
  async ownerIfSecretMatches(em: EntityManager, accessKeyId: string, secretAccessKey: string): Promise<{ userId: string | null; secretOk: boolean }> {
    const found = await em.findOne(AccessKeyEntity, { where: { accessKeyId } });
    return { userId: found?.userId ?? null, secretOk: found !== null && constantTimeEqual(found.secretHash, sha256Hex(secretAccessKey)) };
  }

  /**
   * The active key whose secret matches, through the guessing limiter; INVALID_CREDENTIALS for
   * an unknown key, an inactive key or a wrong secret alike. Records the key's last use.
   */
  async authenticateWithCredentials(
    uow: UnitOfWork,
    origin: RequestOrigin,
    admitted: Admitted,
    accessKeyId: string,
    secretAccessKey: string,
  ): Promise<AccessKeyEntity> {
    const em = uow.em;
    const found = accessKeyId.length <= 128 ? await em.findOne(AccessKeyEntity, { where: { accessKeyId } }) : null;
    this.limiter.requireAdmitted(origin, attemptChecks.accessKey(accessKeyId, found?.userId ?? null, origin.sourceIp), admitted);
    const secretOk = found !== null && constantTimeEqual(found.secretHash, sha256Hex(secretAccessKey));
    // The key is spent by one guarded UPDATE: a key deactivated or deleted meanwhile (its row
    // locked by that change) no longer matches, so no session outlives the key's last state.
    const [rows] = secretOk
      ? ((await em.query(
          "UPDATE access_keys SET last_used_date = now() WHERE access_key_id = $1 AND status = 'Active' RETURNING last_used_date",
          [found.accessKeyId],
        )) as [Array<{ last_used_date: Date }>, number])
      : [[]];
    if (!found || rows.length !== 1) {
      this.limiter.recordFailure('invalid_access_key');
      throw Errors.invalidCredentials();
    }
    this.limiter.recordSuccess(uow, admitted);
    found.lastUsedDate = new Date(rows[0]!.last_used_date);
    return found;
  }
}
