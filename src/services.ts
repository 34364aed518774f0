import { AuditService } from './audit/audit.service';
import { CredentialReportService } from './audit/credential-report.service';
import { AuthzService } from './authz/authz.service';
import { PrincipalService } from './authz/principal.service';
import type { Config } from './config/config';
import { AccessKeyService } from './credentials/access-key.service';
import { AttemptLimiter } from './credentials/attempt-limiter';
import { LoginProfileService } from './credentials/login-profile.service';
import { PasswordHasher } from './credentials/password-hasher';
import { PasswordPolicyService } from './credentials/password-policy.service';
import { SessionService } from './credentials/session.service';
import { SignInThrottleService } from './credentials/sign-in-throttle.service';
import { GroupService } from './identity/group.service';
import { UserService } from './identity/user.service';
import type { CallerChanges } from './kernel/caller-changes';
import { loadMasterKey } from './mfa/master-key';
import { MfaService } from './mfa/mfa.service';
import { MfaChallengeService } from './mfa/mfa-challenge.service';
import { PasskeyService } from './mfa/passkey.service';
import { RecoveryCodeService } from './mfa/recovery-code.service';
import { SeedCipher } from './mfa/seed-cipher';
import { WebAuthnService } from './mfa/webauthn.service';
import type { Logger } from './observability/logger';
import type { Metrics } from './observability/metrics';
import { ManagedPolicyService } from './policy-store/managed-policy.service';
import { PolicyStoreService } from './policy-store/policy-store.service';
import { ResourcePolicyService } from './policy-store/resource-policy.service';
import { DEFAULT_KEY_STORE_OPTIONS, OidcKeyStore } from './roles/oidc-key-store';
import { OidcProviderService } from './roles/oidc-provider.service';
import { RoleService } from './roles/role.service';
import { StsService } from './roles/sts.service';
import { WebIdentityVerifier } from './roles/web-identity-verifier';
import { ChangePasswordStep } from './signin/change-password.step';
import { MfaResponseStep } from './signin/mfa-response.step';
import { PasskeyStep } from './signin/passkey.step';
import { PasswordStep } from './signin/password.step';
import { SessionTokenStep } from './signin/session-token.step';
import { SignIn } from './signin/sign-in';

/**
 * The composition root's product: one instance of each service per server, each given exactly the
 * services it uses. Services hold no request state; they take the unit of work (or its manager)
 * and the caller from whoever calls them: a resolver, a script, a unit test.
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
  signIn: SignIn;
  passwordStep: PasswordStep;
  mfaResponseStep: MfaResponseStep;
  passkeyStep: PasskeyStep;
  passkeys: PasskeyService;
  sessionTokenStep: SessionTokenStep;
  changePasswordStep: ChangePasswordStep;
  roles: RoleService;
  oidcProviders: OidcProviderService;
  sts: StsService;
  metrics: Metrics;
  limiter: AttemptLimiter;
  signInThrottles: SignInThrottleService;
  mfa: MfaService;
  webAuthn: WebAuthnService;
  mfaChallenges: MfaChallengeService;
  accessKeys: AccessKeyService;
  passwordPolicies: PasswordPolicyService;
  policyStore: PolicyStoreService;
  managedPolicies: ManagedPolicyService;
  resourcePolicies: ResourcePolicyService;
}

export function createServices(config: Config, metrics: Metrics, log: Logger): Services {
  const hasher = new PasswordHasher(config.argon2);
  const sessions = new SessionService(config, log);
  const policyStore = new PolicyStoreService(config, log);
  const callers: CallerChanges = { callerChanging: (em, change) => sessions.cache.drop(em, change) };
  const users = new UserService(config, policyStore, callers);
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
    log,
  );
  const roles = new RoleService(config, policyStore, users, oidcProviders, callers);
  const authz = new AuthzService(policyStore, metrics, log, config.accountId, { user: users, role: roles });
  const recoveryCodes = new RecoveryCodeService(masterKey);
  const mfa = new MfaService(config, new SeedCipher(masterKey), limiter, recoveryCodes, sessions);
  const webAuthn = new WebAuthnService(config, limiter, recoveryCodes, sessions);
  const passkeys = new PasskeyService(config, limiter);
  const mfaChallenges = new MfaChallengeService();
  const passwordPolicies = new PasswordPolicyService();
  const accessKeys = new AccessKeyService(limiter, sessions);
  const loginProfiles = new LoginProfileService(hasher, sessions, passwordPolicies, limiter);
  const signIn = new SignIn(users, passwordPolicies, sessions, metrics);
  return {
    audit: new AuditService(),
    credentialReport: new CredentialReportService(config, passwordPolicies),
    authz,
    principals: new PrincipalService(users, config.accountId),
    users,
    groups: new GroupService(config, policyStore),
    hasher,
    sessions,
    loginProfiles,
    signIn,
    passwordStep: new PasswordStep(loginProfiles, hasher, limiter, mfaChallenges, webAuthn, signIn, metrics),
    mfaResponseStep: new MfaResponseStep(users, limiter, mfa, webAuthn, mfaChallenges, signIn),
    passkeyStep: new PasskeyStep(limiter, passkeys, signIn),
    passkeys,
    sessionTokenStep: new SessionTokenStep(users, accessKeys, mfa, sessions, limiter, authz),
    changePasswordStep: new ChangePasswordStep(loginProfiles, hasher, limiter, sessions),
    roles,
    oidcProviders,
    sts: new StsService(roles, oidcProviders, new WebIdentityVerifier(oidcKeys), sessions, mfa, authz, config.accountId),
    metrics,
    limiter,
    signInThrottles: new SignInThrottleService(limiter),
    mfa,
    webAuthn,
    mfaChallenges,
    accessKeys,
    passwordPolicies,
    policyStore,
    managedPolicies: new ManagedPolicyService(config, policyStore),
    resourcePolicies: new ResourcePolicyService(policyStore.cache, log),
  };
}
