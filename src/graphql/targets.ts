import { currentBoundaryContext, resourceTagContext } from '../authz/request-context';
import type { GroupService } from '../identity/group.service';
import type { UserEntity } from '../identity/user.entity';
import type { UserService } from '../identity/user.service';
import { parseIamArn } from '../kernel/arn';
import { Errors } from '../kernel/errors';
import { assertArnLength } from '../policy-store/policy-inputs';
import type { PrincipalRef } from '../policy-store/principal-ref';
import type { RoleService } from '../roles/role.service';
import { requirePrincipal } from './authorize';
import type { GraphQLContext } from './context';

/** The user an operation targets: `userName` when given, else the calling user (AWS: defaults to the caller). */
export async function targetUser(ctx: GraphQLContext, users: UserService, userName: string | null | undefined): Promise<UserEntity> {
  if (userName != null) return users.getByName(ctx.em, userName);
  const p = requirePrincipal(ctx);
  if (p.kind !== 'USER') throw Errors.badInput('userName', 'userName is required when the caller is not an IAM user');
  return p.user;
}

/**
 * The user of a user-targeted policy operation, its ARN, iam:ResourceTag/… keys and its current
 * iam:PermissionsBoundary. Locked before it is read: the decision is made on the state the change
 * applies to (no concurrent boundary or tag change slips in between).
 */
export async function lockedTargetUser(ctx: GraphQLContext, users: UserService, userName: string) {
  const user = await users.lockByName(ctx.em, userName);
  return { user, arn: users.userArn(user), tags: resourceTagContext(user.tags), boundary: currentBoundaryContext(user.permissionsBoundaryArn) };
}

export async function lockedTargetGroup(ctx: GraphQLContext, groups: GroupService, groupName: string) {
  const group = await groups.lockByName(ctx.em, groupName);
  return { group, arn: groups.groupArn(group) };
}

/** aws:RequestTag/KEY and aws:TagKeys for operations that set tags (AWS's tag-based access control). */
export function tagRequestContext(tags: ReadonlyArray<{ key: string; value: string }>): Record<string, string | string[]> {
  const keys: Record<string, string | string[]> = { 'aws:TagKeys': tags.map((t) => t.key) };
  for (const t of tags) keys[`aws:RequestTag/${t.key}`] = t.value;
  return keys;
}

export interface PrincipalServices {
  users: UserService;
  groups: GroupService;
  roles: RoleService;
}

/**
 * A user, group or role by its exact ARN (effectivePermissions, simulatePrincipalPolicy), or
 * NO_SUCH_ENTITY: names are unique whatever their case, but only the stored spelling names the entity.
 */
export async function principalByArn(ctx: GraphQLContext, s: PrincipalServices, principalArn: string): Promise<PrincipalRef> {
  assertArnLength('principalArn', principalArn);
  const p = parseIamArn(principalArn);
  const missing = () => Errors.noSuchEntity(`The principal ${principalArn}`);
  if (!p || p.service !== 'iam' || p.account !== ctx.config.accountId) throw missing();
  if (p.resourceType === 'user') {
    // A query reads through the user cache (kept fresh as UserCache says); inside a transaction, the database.
    const u = await s.users.readByName(ctx.em, p.name);
    if (!u || s.users.userArn(u) !== principalArn) throw missing();
    ctx.loaders.identity.userById.prime(u.id, u);
    return { type: 'USER', id: u.id };
  }
  if (p.resourceType === 'group') {
    const g = await s.groups.findByName(ctx.em, p.name);
    if (!g || s.groups.groupArn(g) !== principalArn) throw missing();
    return { type: 'GROUP', id: g.id };
  }
  if (p.resourceType === 'role') {
    // The stored ARN exactly, as for users: authorize() judged the ARN as given, so another
    // spelling of the name must not reach the role it was not judged for.
    const role = await s.roles.findByArn(ctx.em, principalArn);
    if (!role) throw missing();
    return s.roles.ref(role);
  }
  throw missing();
}
