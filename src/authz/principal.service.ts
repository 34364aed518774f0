import type { SessionEntity } from '../credentials/session.entity';
import type { RequestContext } from '../graphql/context';
import type { UserService } from '../identity/user.service';
import type { CallerPrincipal } from './principal';

/** Resolves a live session to the caller it speaks for. */
export class PrincipalService {
  constructor(private readonly users: UserService) {}

  async resolve(ctx: RequestContext, session: SessionEntity): Promise<CallerPrincipal | null> {
    if (session.kind === 'USER' && session.userId) {
      const user = await ctx.loaders.identity.userById.load(session.userId);
      if (!user) return null;
      return { kind: 'USER', arn: this.users.userArn(user), userId: user.userId, user, session };
    }
    return null;
  }
}
