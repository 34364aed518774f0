import { type FragmentDefinitionNode, Kind, type SelectionSetNode, type ValidationRule } from 'graphql';
import { IamError } from '../../kernel/errors';
import { toGraphQLError } from '../format-error';

/**
 * The mutation fields that check a credential (argon2, TOTP, a signature) or hash a new password.
 * GraphQL runs aliased root fields one after another in one request, so without this rule one
 * request could carry 30 sign-ins (1.3 s of argon2) past every per-request limit.
 */
export const CREDENTIAL_CHECKING_FIELDS: ReadonlySet<string> = new Set([
  'login',
  'respondToMfaChallenge',
  'getSessionToken',
  'changePassword',
  'assumeRole',
  'assumeRoleWithWebIdentity',
  'createLoginProfile',
  'updateLoginProfile',
  'enableMfaDevice',
  'resyncMfaDevice',
  'completeWebAuthnRegistration',
  'completePasskeySignIn',
]);

/**
 * At most one credential-checking field per operation, refused at validation (before any work)
 * with LIMIT_EXCEEDED. Fragments and inline fragments are followed, so they hide nothing.
 */
export const oneCredentialCheckPerRequest: ValidationRule = (context) => {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const count = (set: SelectionSetNode, seen: Set<string>): number => {
    let n = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) n += CREDENTIAL_CHECKING_FIELDS.has(sel.name.value) ? 1 : 0;
      else if (sel.kind === Kind.INLINE_FRAGMENT) n += count(sel.selectionSet, seen);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const f = fragments.get(sel.name.value);
        if (f) n += count(f.selectionSet, seen);
      }
    }
    return n;
  };

  return {
    OperationDefinition(node) {
      if (node.operation !== 'mutation') return;
      const n = count(node.selectionSet, new Set());
      if (n <= 1) return;
      context.reportError(
        toGraphQLError(new IamError(
          'LIMIT_EXCEEDED',
          `A request may check at most one credential; this one has ${n} of ${[...CREDENTIAL_CHECKING_FIELDS].join(', ')}. Send them as separate requests.`,
          { limit: 'credentialChecksPerRequest', maximum: 1 },
        )),
      );
    },
  };
};
