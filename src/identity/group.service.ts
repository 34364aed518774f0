import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Config } from '../config/config';
import { arn } from '../kernel/arn';
import { likePrefix,writeUnique } from '../kernel/db-errors';
import { assertNoDeleteConflicts, type DeleteConflict } from '../kernel/delete-conflicts';
import { Errors } from '../kernel/errors';
import { uniqueId } from '../kernel/ids';
import { assertName, assertPath, assertPathPrefix } from '../kernel/validation';
import { GroupEntity } from './group.entity';
import { GroupMembershipEntity } from './group-membership.entity';
import { IGNORE_PRINCIPAL_CHANGES, type PrincipalChanges } from './principal-changes';
import type { UserEntity } from './user.entity';
import { lockUserRow } from './user-lock';

/** IAM quota: a user can be in at most 10 groups (IAM and STS quotas). */
export const MAX_GROUPS_PER_USER = 10;

/** What keeps a group from being deleted (DeleteConflict): tables whose group_id references it. */
export const GROUP_DELETE_CONFLICTS: readonly DeleteConflict[] = [
  { table: 'group_memberships', column: 'group_id', what: 'members' },
  { table: 'policy_attachments', column: 'principal_id', what: 'attached policies' },
  { table: 'inline_policies', column: 'principal_id', what: 'inline policies' },
];

export class GroupService {
  constructor(
    private readonly config: Config,
    private readonly changes: PrincipalChanges = IGNORE_PRINCIPAL_CHANGES,
  ) {}

  groupArn(group: Pick<GroupEntity, 'path' | 'groupName'>): string {
    return arn.group(this.config.accountId, group.path, group.groupName);
  }

  findByName(em: EntityManager, groupName: string): Promise<GroupEntity | null> {
    return em.findOne(GroupEntity, { where: { groupNameLower: groupName.toLowerCase() } });
  }

  async getByName(em: EntityManager, groupName: string): Promise<GroupEntity> {
    assertName('groupName', groupName, 128);
    const group = await this.findByName(em, groupName);
    if (!group) throw this.missing(groupName);
    return group;
  }

  /** The group a mutation changes or deletes, locked FOR UPDATE before it is read (see UserService.lockByName). */
  async lockByName(em: EntityManager, groupName: string): Promise<GroupEntity> {
    assertName('groupName', groupName, 128);
    const group = await em.findOne(GroupEntity, { where: { groupNameLower: groupName.toLowerCase() }, lock: { mode: 'pessimistic_write' } });
    if (!group) throw this.missing(groupName);
    return group;
  }

  private missing(groupName: string) {
    return Errors.noSuchEntity(`The group with name ${groupName}`, arn.group(this.config.accountId, '/', groupName));
  }

  async create(em: EntityManager, input: { groupName: string; path?: string | null }): Promise<GroupEntity> {
    assertName('groupName', input.groupName, 128);
    const path = input.path ?? '/';
    assertPath('path', path);
    if (await this.findByName(em, input.groupName)) throw Errors.alreadyExists(`Group with name ${input.groupName}`);
    const group = em.create(GroupEntity, {
      id: randomUUID(),
      groupId: uniqueId('AGPA'),
      groupName: input.groupName,
      groupNameLower: input.groupName.toLowerCase(),
      path,
      createDate: new Date(),
    });
    await writeUnique(() => em.insert(GroupEntity, group), () => Errors.alreadyExists(`Group with name ${input.groupName}`));
    return group;
  }

  /** UpdateGroup on a group read with lockByName; writes only what changes. */
  async update(em: EntityManager, group: GroupEntity, input: { newGroupName?: string | null; newPath?: string | null }): Promise<GroupEntity> {
    const changes: Partial<Pick<GroupEntity, 'groupName' | 'groupNameLower' | 'path'>> = {};
    if (input.newGroupName != null) {
      assertName('newGroupName', input.newGroupName, 128);
      const clash = await this.findByName(em, input.newGroupName);
      if (clash && clash.id !== group.id) throw Errors.alreadyExists(`Group with name ${input.newGroupName}`);
      changes.groupName = input.newGroupName;
      changes.groupNameLower = input.newGroupName.toLowerCase();
    }
    if (input.newPath != null) {
      assertPath('newPath', input.newPath);
      changes.path = input.newPath;
    }
    if (Object.keys(changes).length === 0) return group;
    await writeUnique(() => em.update(GroupEntity, { id: group.id }, changes), () => Errors.alreadyExists(`Group with name ${input.newGroupName}`));
    // Effective permissions name the group a statement came through: the members' sets change.
    await this.changes.principalChanged(em, { type: 'GROUP', id: group.id });
    return Object.assign(group, changes);
  }

  async delete(em: EntityManager, group: GroupEntity): Promise<void> {
    await assertNoDeleteConflicts(em, GROUP_DELETE_CONFLICTS, group.id, { table: 'groups', missing: () => this.missing(group.groupName) });
    await em.delete(GroupEntity, { id: group.id });
  }

  /**
   * Adds a user to a group. Adding an existing member is a no-op, as in AWS. Locks, before it
   * reads: the user's row FOR UPDATE (concurrent adds cannot both pass the 10-group quota, and
   * DeleteUser waits or is waited for) and the group's FOR KEY SHARE (DeleteGroup, FOR UPDATE,
   * waits for this and then sees the member, or this finds the group gone).
   */
  async addUser(em: EntityManager, group: GroupEntity, user: UserEntity): Promise<void> {
    const groupRow: unknown[] = await em.query('SELECT id FROM "groups" WHERE id = $1 FOR KEY SHARE', [group.id]);
    if (groupRow.length === 0) throw this.missing(group.groupName);
    const userExists = await lockUserRow(em, user.id);
    if (!userExists) throw Errors.noSuchEntity(`The user with name ${user.userName}`);
    const existing = await em.findOne(GroupMembershipEntity, { where: { groupId: group.id, userId: user.id } });
    if (existing) return;
    const count = await em.count(GroupMembershipEntity, { where: { userId: user.id } });
    if (count >= MAX_GROUPS_PER_USER) {
      throw Errors.limitExceeded(`Cannot exceed quota for GroupsPerUser: ${MAX_GROUPS_PER_USER}`);
    }
    await em.insert(GroupMembershipEntity, { groupId: group.id, userId: user.id, createDate: new Date() });
    await this.changes.principalChanged(em, { type: 'USER', id: user.id });
  }

  async removeUser(em: EntityManager, group: GroupEntity, user: UserEntity): Promise<void> {
    const res = await em.delete(GroupMembershipEntity, { groupId: group.id, userId: user.id });
    if (!res.affected) throw Errors.noSuchEntity(`The user with name ${user.userName} in group ${group.groupName}`);
    await this.changes.principalChanged(em, { type: 'USER', id: user.id });
  }

  async list(em: EntityManager, pathPrefix: string, limit: number, key: string | null, direction: 'forward' | 'backward' = 'forward'): Promise<GroupEntity[]> {
    const forward = direction === 'forward';
    // Backward (last/before): the same keyset read from the other end; the caller reverses the page.
    const qb = this.filtered(em, pathPrefix).orderBy('g.group_name_lower', forward ? 'ASC' : 'DESC').limit(limit + 1);
    if (key !== null) qb.andWhere(`g.group_name_lower ${forward ? '>' : '<'} :key`, { key });
    return qb.getMany();
  }

  /** How many groups `list` pages through with this prefix: one COUNT. */
  count(em: EntityManager, pathPrefix: string): Promise<number> {
    return this.filtered(em, pathPrefix).getCount();
  }

  private filtered(em: EntityManager, pathPrefix: string) {
    assertPathPrefix('pathPrefix', pathPrefix);
    const qb = em.createQueryBuilder(GroupEntity, 'g');
    if (pathPrefix !== '/') qb.andWhere("g.path LIKE :prefix ESCAPE '\\'", { prefix: likePrefix(pathPrefix) });
    return qb;
  }
}
