import { AuditEventEntity } from '../audit/audit-event.entity';
import { AccessKeyEntity } from '../credentials/access-key.entity';
import { AttemptCounterEntity } from '../credentials/attempt-counter.entity';
import { LoginProfileEntity } from '../credentials/login-profile.entity';
import { PasswordHistoryEntity } from '../credentials/password-history.entity';
import { PasswordPolicyEntity } from '../credentials/password-policy.entity';
import { SessionEntity } from '../credentials/session.entity';
import { GroupEntity } from '../identity/group.entity';
import { GroupMembershipEntity } from '../identity/group-membership.entity';
import { UserEntity } from '../identity/user.entity';
import { MfaChallengeEntity } from '../mfa/mfa-challenge.entity';
import { MfaDeviceEntity } from '../mfa/mfa-device.entity';
import { PasskeyChallengeEntity } from '../mfa/passkey-challenge.entity';
import { RecoveryCodeEntity } from '../mfa/recovery-code.entity';
import { WebAuthnRegistrationEntity } from '../mfa/webauthn-registration.entity';
import { InlinePolicyEntity } from '../policy-store/inline-policy.entity';
import { ManagedPolicyEntity } from '../policy-store/managed-policy.entity';
import { PolicyAttachmentEntity } from '../policy-store/policy-attachment.entity';
import { PolicyVersionEntity } from '../policy-store/policy-version.entity';
import { ResourcePolicyEntity } from '../policy-store/resource-policy.entity';
import { OidcProviderEntity } from '../roles/oidc-provider.entity';
import { RoleEntity } from '../roles/role.entity';

/** Every entity of the service; each domain adds its own here. */
export const entities = [
  UserEntity,
  GroupEntity,
  GroupMembershipEntity,
  LoginProfileEntity,
  SessionEntity,
  AuditEventEntity,
  RoleEntity,
  OidcProviderEntity,
  ManagedPolicyEntity,
  PolicyVersionEntity,
  PolicyAttachmentEntity,
  InlinePolicyEntity,
  ResourcePolicyEntity,
  AccessKeyEntity,
  AttemptCounterEntity,
  PasswordPolicyEntity,
  PasswordHistoryEntity,
  MfaDeviceEntity,
  RecoveryCodeEntity,
  MfaChallengeEntity,
  WebAuthnRegistrationEntity,
  PasskeyChallengeEntity,
];
