import type { Config } from './config/config';
import { AuditService } from './audit/audit.service';
import { CredentialReportService } from './audit/credential-report.service';
import { AuthzService } from './authz/authz.service';
import { PrincipalService } from './authz/principal.service';
import { LoginProfileService } from './credentials/login-profile.service';
import { LoginService } from './credentials/login.service';
import { PasswordHasher } from './credentials/password-hasher';
import { SessionService } from './credentials/session.service';
import { GroupService } from './identity/group.service';
import { UserService } from './identity/user.service';
import { AccessKeyService } from './credentials/access-key.service';
import { AttemptLimiter } from './credentials/attempt-limiter';
import { PasswordPolicyService } from './credentials/password-policy.service';
import { SessionTokenService } from './credentials/session-token.service';
import { SignInThrottleService } from './credentials/sign-in-throttle.service';
import { loadMasterKey } from './mfa/master-key';
import { MfaChallengeService } from './mfa/mfa-challenge.service';
import { MfaService } from './mfa/mfa.service';
import { RecoveryCodeService } from './mfa/recovery-code.service';
import { SeedCipher } from './mfa/seed-cipher';
import type { Metrics } from './observability/metrics';
import { ManagedPolicyService } from './policy-store/managed-policy.service';
import { PolicyStoreService } from './policy-store/policy-store.service';
import { DEFAULT_KEY_STORE_OPTIONS, OidcKeyStore } from './roles/oidc-key-store';
import { OidcProviderService } from './roles/oidc-provider.service';
import { RoleService } from './roles/role.service';
import { StsService } from './roles/sts.service';
import { WebIdentityVerifier } from './roles/web-identity-verifier';

/**
 * The composition root's product: one instance of each service per server. Services hold no
 * request state; they take the EntityManager (the unit of work) from the caller.
 */
export interface Services {
  audit: AuditService;
  credentialReport: CredentialReportService;
  authz: AuthzService;
  principals: PrincipalService;
  users: UserService;
  groups: GroupService;
  hasher: PasswordHasher;
  sessions: SessionService;
  loginProfiles: LoginProfileService;
  login: LoginService;
  roles: RoleService;
  oidcProviders: OidcProviderService;
  sts: StsService;
  metrics: Metrics;
  limiter: AttemptLimiter;
  signInThrottles: SignInThrottleService;
  mfa: MfaService;
  mfaChallenges: MfaChallengeService;
  accessKeys: AccessKeyService;
  passwordPolicies: PasswordPolicyService;
  sessionTokens: SessionTokenService;
  policyStore: PolicyStoreService;
  managedPolicies: ManagedPolicyService;
}

export function createServices(config: Config, metrics: Metrics): Services {
  const hasher = new PasswordHasher(config.argon2);
  const sessions = new SessionService(config);
  const users = new UserService(config);
  const oidcKeys = new OidcKeyStore({ ...DEFAULT_KEY_STORE_OPTIONS, allowInsecure: config.allowInsecureOidc });
  const oidcProviders = new OidcProviderService(config, oidcKeys);
  const masterKey = loadMasterKey(config);
  const limiter = new AttemptLimiter(
    {
      threshold: config.authLimits.failuresBeforeBackoff,
      baseBackoffSeconds: 15,
      maxBackoffSeconds: 15 * 60,
      source: config.authLimits.source,
      account: { password: config.authLimits.passwordAccount, mfa: config.authLimits.mfaAccount },
    },
    metrics,
  );
  const policyStore = new PolicyStoreService(config);
  const roles = new RoleService(config, policyStore, users, oidcProviders);
  const mfa = new MfaService(config, new SeedCipher(masterKey), limiter, new RecoveryCodeService(masterKey), sessions);
  const mfaChallenges = new MfaChallengeService();
  const passwordPolicies = new PasswordPolicyService();
  const accessKeys = new AccessKeyService(limiter, sessions);
  const login = new LoginService(users, hasher, sessions, limiter, mfa, mfaChallenges, passwordPolicies);
  return {
    audit: new AuditService(),
    credentialReport: new CredentialReportService(config, passwordPolicies),
    authz: new AuthzService(policyStore, metrics),
    principals: new PrincipalService(users),
    users,
    groups: new GroupService(config),
    hasher,
    sessions,
    loginProfiles: new LoginProfileService(hasher, sessions, passwordPolicies, limiter, () => login),
    login,
    roles,
    oidcProviders,
    sts: new StsService(roles, oidcProviders, new WebIdentityVerifier(oidcKeys), sessions),
    metrics,
    limiter,
    signInThrottles: new SignInThrottleService(limiter),
    mfa,
    mfaChallenges,
    accessKeys,
    passwordPolicies,
    sessionTokens: new SessionTokenService(users, accessKeys, mfa, sessions),
    policyStore,
    managedPolicies: new ManagedPolicyService(config, policyStore),
  };
}
