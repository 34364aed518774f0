import type { SessionEntity } from '../credentials/session.entity';
import { identityLoaders } from '../identity/identity.loaders';
import type { UserService } from '../identity/user.service';
import { arn } from '../kernel/arn';
import type { UnitOfWork } from '../kernel/unit-of-work';
import type { RoleEntity } from '../roles/role.entity';
import { rolesLoaders } from '../roles/roles.loaders';
import type { CallerPrincipal } from './principal';

/** Resolves a live session to the caller it speaks for. */
export class PrincipalService {
  constructor(
    private readonly users: UserService,
    private readonly accountId: string,
  ) {}

  /** The role a role session speaks for (null when gone, or not a role session). */
  async roleOf(uow: UnitOfWork, session: SessionEntity): Promise<RoleEntity | null> {
    if (session.kind !== 'ROLE' || !session.roleId) return null;
    return rolesLoaders(uow).roleById.load(session.roleId);
  }

  /** `role`: the session's role as already read (see roleOf), e.g. by the session cache; else it is loaded. */
  async resolve(uow: UnitOfWork, session: SessionEntity, role?: RoleEntity | null): Promise<CallerPrincipal | null> {
    if (session.kind === 'USER' && session.userId) {
      const user = session.user ?? (await identityLoaders(uow).userById.load(session.userId));
      if (!user) return null;
      identityLoaders(uow).userById.prime(user.id, user);
      return { kind: 'USER', arn: this.users.userArn(user), userId: user.userId, user, session };
    }
    if (session.kind === 'ROLE' && session.roleId && session.roleSessionName) {
      // A role session lives as long as its role, and not past the role's "revoke active sessions".
      if (role === undefined) role = await rolesLoaders(uow).roleById.load(session.roleId);
      else if (role) rolesLoaders(uow).roleById.prime(role.id, role);
      if (!role) return null;
      if (role.sessionsRevokedBefore && session.createdAt.getTime() < role.sessionsRevokedBefore.getTime()) return null;
      const name = session.roleSessionName;
      return {
        kind: 'ROLE',
        arn: arn.assumedRole(this.accountId, role.roleName, name),
        userId: `${role.roleId}:${name}`,
        roleArn: arn.role(this.accountId, role.path, role.roleName),
        roleName: role.roleName,
        roleInternalId: role.id,
        roleUniqueId: role.roleId,
        roleSessionName: name,
        permissionsBoundaryArn: role.permissionsBoundaryArn,
        tags: role.tags,
        session,
      };
    }
    return null;
  }
}
