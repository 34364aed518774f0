import type { CallerPrincipal } from '../../authz/principal';
import { Errors } from '../../kernel/errors';
import type { Services } from '../../services';
import { judge, requirePrincipal } from '../authorize';
import type { GraphQLContext } from '../context';
import type { CallerPermission, CallerPermissionRequest, Resolvers } from '../generated/graphql-types';

/** At most this many requests per callerPermissions call. */
export const MAX_CALLER_PERMISSION_REQUESTS = 100;

export type CallerPermissionsDeps = Pick<Services, 'users' | 'passwordPolicies'>;

const ACTION = /^[A-Za-z0-9-]{1,64}:[A-Za-z0-9*?]{1,120}$/;
const RESOURCE = /^[\x21-\x7e]{1,2048}$/;

/** Actions every user holds on themselves unless a policy explicitly denies them (README, "Own sessions are self-service"). */
const OWN_SESSION_ACTIONS = new Set(['iam:listsessions', 'iam:revokesession', 'iam:revokeusersessions']);

/**
 * callerPermissions: the caller's own decisions, for a client (the web console) to show only the
 * controls that will work. Each request is decided as authorize() decides it (ctx.authz.decide
 * with this session's request context), with the grants the resolvers add themselves; asking
 * needs no permission, as it reveals nothing but the caller's own access.
 */
export function callerPermissionsResolvers(s: CallerPermissionsDeps): Resolvers {
  return {
    Query: {
      callerPermissions: async (_, { requests }, ctx) => {
        const principal = requirePrincipal(ctx);
        const n = requests.length;
        if (n < 1 || n > MAX_CALLER_PERMISSION_REQUESTS) {
          throw Errors.badInput('requests', `Invalid requests: 1 to ${MAX_CALLER_PERMISSION_REQUESTS} per call (this one ${n})`);
        }
        requests.forEach((r, i) => {
          if (!ACTION.test(r.action)) throw Errors.badInput(`requests.${i}.action`, 'Invalid action: service:Action, at most 128 characters');
          if (!RESOURCE.test(r.resource)) throw Errors.badInput(`requests.${i}.resource`, 'Invalid resource: 1 to 2,048 printable ASCII characters');
        });
        const ownAccountSetting = requests.some((r) => r.action.toLowerCase() === 'iam:changepassword')
          ? (await s.passwordPolicies.get(ctx.em)).allowUsersToChangePassword
          : false;
        const results: CallerPermission[] = [];
        // One after another: they share the request's loaders and the process-wide policy cache.
        for (const r of requests) results.push(await decideOwn(ctx, s, principal, r, ownAccountSetting));
        return results;
      },
    },
  };
}

async function decideOwn(
  ctx: GraphQLContext,
  s: CallerPermissionsDeps,
  principal: CallerPrincipal,
  r: CallerPermissionRequest,
  allowUsersToChangePassword: boolean,
): Promise<CallerPermission> {
  const action = r.action.toLowerCase();
  const base = { action: r.action, resource: r.resource };
  const own = principal.kind === 'USER' && s.users.userArn(principal.user) === r.resource;
  const grantedByAccountSetting = own && (OWN_SESSION_ACTIONS.has(action) || (action === 'iam:changepassword' && allowUsersToChangePassword));
  const now = await judge(ctx, principal, r.action, r.resource, {}, { grantedByAccountSetting });
  if (now.allowed) return { ...base, decision: 'ALLOWED', message: null, allowedWithMfa: true };
  let allowedWithMfa = false;
  if (!principal.session.mfaAuthenticated && principal.session.scope !== 'PASSWORD_CHANGE') {
    const mfa = { 'aws:MultiFactorAuthPresent': 'true', 'aws:MultiFactorAuthAge': '0' };
    allowedWithMfa = (await judge(ctx, principal, r.action, r.resource, mfa, { grantedByAccountSetting })).allowed;
  }
  return { ...base, decision: now.decision, message: now.message, allowedWithMfa };
}
