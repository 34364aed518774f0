import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Config } from '../config/config';
import { arn } from '../kernel/arn';
import { type CallerChanges, IGNORE_CALLER_CHANGES } from '../kernel/caller-changes';
import { likePrefix,writeUnique } from '../kernel/db-errors';
import { assertNoDeleteConflicts, type DeleteConflict } from '../kernel/delete-conflicts';
import { Errors } from '../kernel/errors';
import { uniqueId } from '../kernel/ids';
import { tagRow, untagRow } from '../kernel/tags';
import { assertName, assertPath, assertPathPrefix, assertTags, type TagLike } from '../kernel/validation';
import { IGNORE_PRINCIPAL_CHANGES, type PrincipalChanges } from './principal-changes';
import { UserEntity } from './user.entity';
import { UserCache } from './user-cache';

/**
 * What keeps a user from being deleted, as AWS's DeleteUser lists it: each row is a table whose
 * `user_id` column references the user. Domains add theirs (access keys, MFA devices, policies).
 */
export const USER_DELETE_CONFLICTS: readonly DeleteConflict[] = [
  { table: 'login_profiles', column: 'user_id', what: 'a login profile' },
  { table: 'group_memberships', column: 'user_id', what: 'group memberships' },
  { table: 'access_keys', column: 'user_id', what: 'access keys' },
  { table: 'mfa_devices', column: 'user_id', what: 'MFA devices' },
  // Principal ids are unique across users, groups and roles.
  { table: 'policy_attachments', column: 'principal_id', what: 'attached policies' },
  { table: 'inline_policies', column: 'principal_id', what: 'inline policies' },
];

export class UserService {
  /** Users read by name outside transactions (readByName); kept fresh by the session cache's channel. */
  readonly cache: UserCache;

  constructor(
    private readonly config: Config,
    private readonly changes: PrincipalChanges = IGNORE_PRINCIPAL_CHANGES,
    private readonly callers: CallerChanges = IGNORE_CALLER_CHANGES,
  ) {
    this.cache = new UserCache(config.userCacheMax);
  }

  userArn(user: Pick<UserEntity, 'path' | 'userName'>): string {
    return arn.user(this.config.accountId, user.path, user.userName);
  }

  async findByName(em: EntityManager, userName: string): Promise<UserEntity | null> {
    return em.findOne(UserEntity, { where: { userNameLower: userName.toLowerCase() } });
  }

  /**
   * A query's read by name (`user(userName)`): from this instance's cache when `em` is outside any
   * transaction (UserCache says how it stays fresh), else the database. The user it returns is
   * frozen. Inside a transaction, and for everything a write depends on, use findByName or lockByName.
   */
  async readByName(em: EntityManager, userName: string): Promise<UserEntity | null> {
    if (!this.cache.servesFor(em)) return this.findByName(em, userName);
    const hit = this.cache.get(userName.toLowerCase());
    if (hit) return hit;
    const generation = this.cache.generation;
    const user = await this.findByName(em, userName);
    if (user && this.cache.fillsFrom(em)) this.cache.store(user, generation);
    return user;
  }

  findById(em: EntityManager, id: string): Promise<UserEntity | null> {
    return em.findOne(UserEntity, { where: { id } });
  }

  /** The credential report's password_last_used (AWS PasswordLastUsed). */
  async notePasswordUsed(em: EntityManager, id: string, at: Date): Promise<void> {
    await em.query('UPDATE "users" SET password_last_used = $2 WHERE id = $1', [id, at]);
  }

  /** The tags of the user with exactly this path and name (an ARN names a user only as stored), or null. */
  async tagsOf(em: EntityManager, path: string, name: string): Promise<UserEntity['tags'] | null> {
    const user = await this.findByName(em, name);
    return user && user.path === path && user.userName === name ? user.tags : null;
  }

  /** By name; the name is bounded first (1 to 128 characters, AWS's limit for UserName in lookups). */
  async getByName(em: EntityManager, userName: string): Promise<UserEntity> {
    assertName('userName', userName, 128);
    const user = await this.findByName(em, userName);
    if (!user) throw this.missing(userName);
    return user;
  }

  /**
   * The user a mutation changes or authorizes on (its name, path, tags, boundary), locked FOR
   * UPDATE before it is read and until the transaction ends: a concurrent change waits, and then
   * finds the user as this one left it (renamed away: NO_SUCH_ENTITY).
   */
  async lockByName(em: EntityManager, userName: string): Promise<UserEntity> {
    assertName('userName', userName, 128);
    const user = await em.findOne(UserEntity, { where: { userNameLower: userName.toLowerCase() }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw this.missing(userName);
    this.callers.callerChanging(em, `u:${user.id}`);
    return user;
  }

  private missing(userName: string) {
    return Errors.noSuchEntity(`The user with name ${userName}`, arn.user(this.config.accountId, '/', userName));
  }

  async create(em: EntityManager, input: { userName: string; path?: string | null; tags?: TagLike[] | null; permissionsBoundaryArn?: string | null }): Promise<UserEntity> {
    assertName('userName', input.userName, 64);
    const path = input.path ?? '/';
    assertPath('path', path);
    const tags = assertTags('tags', input.tags ?? []);
    if (await this.findByName(em, input.userName)) throw Errors.alreadyExists(`User with name ${input.userName}`);
    const user = em.create(UserEntity, {
      id: randomUUID(),
      userId: uniqueId('AIDA'),
      userName: input.userName,
      userNameLower: input.userName.toLowerCase(),
      path,
      tags,
      permissionsBoundaryArn: input.permissionsBoundaryArn ?? null,
      createDate: new Date(),
      passwordLastUsed: null,
    });
    await writeUnique(() => em.insert(UserEntity, user), () => Errors.alreadyExists(`User with name ${input.userName}`));
    return user;
  }

  /** UpdateUser on a user read with lockByName; writes only what changes. */
  async update(em: EntityManager, user: UserEntity, input: { newUserName?: string | null; newPath?: string | null }): Promise<UserEntity> {
    const changes: Partial<Pick<UserEntity, 'userName' | 'userNameLower' | 'path'>> = {};
    if (input.newUserName != null) {
      assertName('newUserName', input.newUserName, 64);
      const clash = await this.findByName(em, input.newUserName);
      if (clash && clash.id !== user.id) throw Errors.alreadyExists(`User with name ${input.newUserName}`);
      changes.userName = input.newUserName;
      changes.userNameLower = input.newUserName.toLowerCase();
    }
    if (input.newPath != null) {
      assertPath('newPath', input.newPath);
      changes.path = input.newPath;
    }
    if (Object.keys(changes).length === 0) return user;
    await writeUnique(() => em.update(UserEntity, { id: user.id }, changes), () => Errors.alreadyExists(`User with name ${input.newUserName}`));
    return Object.assign(user, changes);
  }

  /** AWS's DeleteUser refuses while anything is attached to the user (DeleteConflict). */
  async delete(em: EntityManager, user: UserEntity): Promise<void> {
    await assertNoDeleteConflicts(em, USER_DELETE_CONFLICTS, user.id, { table: 'users', missing: () => this.missing(user.userName) });
    await em.delete(UserEntity, { id: user.id });
    await this.changes.principalChanged(em, { type: 'USER', id: user.id });
  }

  async tag(em: EntityManager, user: UserEntity, tags: TagLike[]): Promise<UserEntity> {
    user.tags = await tagRow(em, 'users', user.id, tags, () => this.missing(user.userName));
    return user;
  }

  async untag(em: EntityManager, user: UserEntity, tagKeys: string[]): Promise<UserEntity> {
    user.tags = await untagRow(em, 'users', user.id, tagKeys, () => this.missing(user.userName));
    return user;
  }

  /** One page of users in name order, filtered by path prefix as AWS's ListUsers does. */
  async list(em: EntityManager, pathPrefix: string, limit: number, key: string | null, direction: 'forward' | 'backward' = 'forward'): Promise<UserEntity[]> {
    const forward = direction === 'forward';
    // Backward (last/before): the same keyset read from the other end; the caller reverses the page.
    const qb = this.filtered(em, pathPrefix).orderBy('u.user_name_lower', forward ? 'ASC' : 'DESC').limit(limit + 1);
    if (key !== null) qb.andWhere(`u.user_name_lower ${forward ? '>' : '<'} :key`, { key });
    return qb.getMany();
  }

  /** How many users `list` pages through with this prefix: one COUNT. */
  count(em: EntityManager, pathPrefix: string): Promise<number> {
    return this.filtered(em, pathPrefix).getCount();
  }

  private filtered(em: EntityManager, pathPrefix: string) {
    assertPathPrefix('pathPrefix', pathPrefix);
    const qb = em.createQueryBuilder(UserEntity, 'u');
    if (pathPrefix !== '/') qb.andWhere("u.path LIKE :prefix ESCAPE '\\'", { prefix: likePrefix(pathPrefix) });
    return qb;
  }
}
