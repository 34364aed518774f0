import type { RequestContext } from '../graphql/context';
import type { RequestContextKeys } from './authorize';
import type { CallerPrincipal } from './principal';

export interface AuthzDecision {
  allowed: boolean;
  message: string;
}

/**
 * Decides whether a principal may perform an action on a resource.
 * Interim (foundation): only the bootstrap administrator is allowed; the policy issue replaces
 * this body with the policy evaluator, and no resolver changes.
 */
export class AuthzService {
  private bootstrapAdminName: string | null = null;

  setBootstrapAdmin(userName: string): void {
    this.bootstrapAdminName = userName.toLowerCase();
  }

  async decide(
    _ctx: RequestContext,
    principal: CallerPrincipal,
    action: string,
    resourceArn: string,
    _extra: RequestContextKeys,
  ): Promise<AuthzDecision> {
    const allowed = principal.kind === 'USER' && principal.user.userNameLower === this.bootstrapAdminName;
    return {
      allowed,
      message: `User: ${principal.arn} is not authorized to perform: ${action} on resource: ${resourceArn} because no identity-based policy allows the ${action} action`,
    };
  }
}
