import type { SessionEntity } from '../credentials/session.entity';
import { identityLoaders } from '../identity/identity.loaders';
import type { UserService } from '../identity/user.service';
import { arn } from '../kernel/arn';
import type { UnitOfWork } from '../kernel/unit-of-work';
import { rolesLoaders } from '../roles/roles.loaders';
import type { CallerPrincipal } from './principal';

/** Resolves a live session to the caller it speaks for. */
export class PrincipalService {
  constructor(
    private readonly users: UserService,
    private readonly accountId: string,
  ) {}

  async resolve(uow: UnitOfWork, session: SessionEntity): Promise<CallerPrincipal | null> {
    if (session.kind === 'USER' && session.userId) {
      const user = session.user ?? (await identityLoaders(uow).userById.load(session.userId));
      if (!user) return null;
      identityLoaders(uow).userById.prime(user.id, user);
      return { kind: 'USER', arn: this.users.userArn(user), userId: user.userId, user, session };
    }
    if (session.kind === 'ROLE' && session.roleId && session.roleSessionName) {
      // A role session lives as long as its role, and not past the role's "revoke active sessions".
      const role = await rolesLoaders(uow).roleById.load(session.roleId);
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
