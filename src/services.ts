import type { Config } from './config/config';
import { AuditService } from './audit/audit.service';
import { AuthzService } from './authz/authz.service';
import { PrincipalService } from './authz/principal.service';
import { LoginProfileService } from './credentials/login-profile.service';
import { LoginService } from './credentials/login.service';
import { PasswordHasher } from './credentials/password-hasher';
import { SessionService } from './credentials/session.service';
import { GroupService } from './identity/group.service';
import { UserService } from './identity/user.service';
import { AttemptLimiter } from './credentials/attempt-limiter';
import { loadMasterKey } from './mfa/master-key';
import { MfaChallengeService } from './mfa/mfa-challenge.service';
import { MfaService } from './mfa/mfa.service';
import { RecoveryCodeService } from './mfa/recovery-code.service';
import { SeedCipher } from './mfa/seed-cipher';
import type { Metrics } from './http/metrics';

/**
 * The composition root's product: one instance of each service per server. Services hold no
 * request state; they take the EntityManager (the unit of work) from the caller.
 */
export interface Services {
  audit: AuditService;
  authz: AuthzService;
  principals: PrincipalService;
  users: UserService;
  groups: GroupService;
  hasher: PasswordHasher;
  sessions: SessionService;
  loginProfiles: LoginProfileService;
  login: LoginService;
  metrics: Metrics;
  limiter: AttemptLimiter;
  mfa: MfaService;
  mfaChallenges: MfaChallengeService;
}

export function createServices(config: Config, metrics: Metrics): Services {
  const hasher = new PasswordHasher(config.argon2);
  const sessions = new SessionService(config);
  const users = new UserService(config);
  const masterKey = loadMasterKey(config);
  const limiter = new AttemptLimiter({
    threshold: config.authLimits.failuresBeforeBackoff,
    baseBackoffSeconds: 15,
    maxBackoffSeconds: 15 * 60,
    maxConsecutiveFailures: 100,
    ipMaxFailures: config.authLimits.ipMaxFailures,
    ipWindowSeconds: config.authLimits.ipWindowSeconds,
  });
  const mfa = new MfaService(config, new SeedCipher(masterKey), limiter, new RecoveryCodeService(masterKey), sessions);
  return {
    audit: new AuditService(),
    authz: new AuthzService(),
    principals: new PrincipalService(users),
    users,
    groups: new GroupService(config),
    hasher,
    sessions,
    loginProfiles: new LoginProfileService(hasher, sessions),
    login: new LoginService(users, hasher, sessions),
    metrics,
    limiter,
    mfa,
    mfaChallenges: new MfaChallengeService(),
  };
}
