import { Foundation1795822789554 } from './1795822789554-foundation';
import { PolicyStore1795823546921 } from './1795823546921-policy-store';
import { SystemPolicies1795823546922 } from './1795823546922-system-policies';
import { CredentialsMfa1795823717215 } from './1795823717215-credentials-mfa';
import { Roles1795823789929 } from './1795823789929-roles';
import { DefaultVersionExists1796165417702 } from './1796165417702-default-version-exists';
import { TrustPrincipalIds1796165894393 } from './1796165894393-trust-principal-ids';
import { SourceThrottle1796165927023 } from './1796165927023-source-throttle';
import { AccessKeySessions1796166685477 } from './1796166685477-access-key-sessions';
import { AuditIdentity1796166896624 } from './1796166896624-audit-identity';
import { AttemptAdmitted1796200000000 } from './1796200000000-attempt-admitted';
import { SessionClient1796300000000 } from './1796300000000-session-client';
import { SessionCacheNotify1796400000000 } from './1796400000000-session-cache-notify';
import { ResourcePolicies1796500000000 } from './1796500000000-resource-policies';
import { WebAuthn1796600000000 } from './1796600000000-webauthn';
import { Passkeys1796655405269 } from './1796655405269-passkeys';

/** Every migration, oldest first: explicit imports so they load the same under tsc, swc and jest. */
export const migrations: Function[] = [
  Foundation1795822789554,
  PolicyStore1795823546921,
  SystemPolicies1795823546922,
  CredentialsMfa1795823717215,
  Roles1795823789929,
  DefaultVersionExists1796165417702,
  TrustPrincipalIds1796165894393,
  SourceThrottle1796165927023,
  AccessKeySessions1796166685477,
  AuditIdentity1796166896624,
  AttemptAdmitted1796200000000,
  SessionClient1796300000000,
  SessionCacheNotify1796400000000,
  ResourcePolicies1796500000000,
  WebAuthn1796600000000,
  Passkeys1796655405269,
];
