/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whether an access key can be used. */
export type AccessKeyStatus =
  /** The key can be exchanged with getSessionToken. */
  | 'Active'
  /** The key is refused (INVALID_CREDENTIALS) and the sessions it was exchanged for have ended. */
  | 'Inactive';

/** A user to add to a group. */
export type AddUserToGroupInput = {
  /** The group's name. */
  groupName: string;
  /** The user's name. */
  userName: string;
};

/** What assumeRole asks for. */
export type AssumeRoleInput = {
  /** 900 up to the role's maxSessionDuration; 3,600 at most when chaining roles. */
  durationSeconds?: number | null | undefined;
  /** A session policy (JSON string, at most 2,048 characters) that narrows the role's permissions. */
  policy?: string | null | undefined;
  /** The role's ARN, 20 to 2,048 characters, compared exactly (path included). */
  roleArn: string;
  /** 2 to 64 characters of letters, digits and `+=,.@_-`: the SESSION of the session's ARN (`sts:RoleSessionName` in the trust policy). */
  roleSessionName: string;
  /** ARN of one of the calling user's MFA devices (9 to 256 characters); with tokenCode, the session counts as MFA-authenticated (`aws:MultiFactorAuthPresent`). */
  serialNumber?: string | null | undefined;
  /** The device's current 6-digit code; given together with serialNumber. */
  tokenCode?: string | null | undefined;
};

/** What assumeRoleWithWebIdentity asks for. */
export type AssumeRoleWithWebIdentityInput = {
  /** 900 up to the role's maxSessionDuration; default 3,600. */
  durationSeconds?: number | null | undefined;
  /** A session policy (JSON string, at most 2,048 characters) that narrows the role's permissions. */
  policy?: string | null | undefined;
  /** The role's ARN, 20 to 2,048 characters, compared exactly (path included). */
  roleArn: string;
  /** 2 to 64 characters of letters, digits and `+=,.@_-`: the SESSION of the session's ARN. */
  roleSessionName: string;
  /**
   * An OpenID Connect ID token (a JWT, 4 to 20,000 characters) from a registered provider: signed
   * RS256 or ES256 with a key of the provider's JWKS, `iss` the provider's URL, `aud` in its client
   * list, valid `exp`, `nbf` and `iat` (30 seconds of clock skew).
   */
  webIdentityToken: string;
};

/** A managed policy to attach to a group. */
export type AttachGroupPolicyInput = {
  /** The group's name. */
  groupName: string;
  /** The managed policy's ARN (20 to 2,048 characters; NO_SUCH_ENTITY when it does not exist). */
  policyArn: string;
};

/** A managed policy to attach to a role. */
export type AttachRolePolicyInput = {
  /** The managed policy's ARN (20 to 2,048 characters; NO_SUCH_ENTITY when it does not exist). */
  policyArn: string;
  /** The role's name. */
  roleName: string;
};

/** A managed policy to attach to a user. */
export type AttachUserPolicyInput = {
  /** The managed policy's ARN (20 to 2,048 characters; NO_SUCH_ENTITY when it does not exist). */
  policyArn: string;
  /** The user's name. */
  userName: string;
};

/** The outcome of an audited call. */
export type AuditOutcome =
  /** The call was refused or failed, and changed nothing. */
  | 'FAILURE'
  /** The call did what it asked. */
  | 'SUCCESS';

/** Whose request isAuthorized decides: exactly one of the two. */
export type AuthorizationPrincipalInput = {
  /** A user or role ARN, 20 to 2,048 characters, exactly as stored; a role is decided as one of its sessions. No MFA or token-time keys: give them as context entries. */
  principalArn?: string | null | undefined;
  /** Your end user's session token, 16 to 512 characters, exactly as your application received it (from login, respondToMfaChallenge, getSessionToken or assumeRole). */
  sessionToken?: string | null | undefined;
};

/** One request of callerPermissions: an action and the resource it would be performed on. */
export type CallerPermissionRequest = {
  /** The action, e.g. `iam:ChangePassword`: 1 to 128 characters, `service:Action`. */
  action: string;
  /** The resource's ARN, or `*`: 1 to 2,048 characters. */
  resource: string;
};

/** A password change by the user. */
export type ChangePasswordInput = {
  /** The new password: at most 128 characters; it must meet the account password policy and differ from the last `passwordReusePrevention` passwords (PASSWORD_POLICY_VIOLATION with `reasons`). */
  newPassword: string;
  /** The current password (at most 128 characters). */
  oldPassword: string;
};

/** A passkey's answer to createPasskeySignInOptions. */
export type CompletePasskeySignInInput = {
  /** `challengeToken` from createPasskeySignInOptions. */
  challengeToken: string;
  /** The `AuthenticationResponseJSON` of `navigator.credentials.get()` (as `startAuthentication` returns it), at most 16 KiB. */
  responseJson: string;
  /** How the session is handed over when the sign-in succeeds (default TOKEN). */
  sessionDelivery?: SessionDelivery | null | undefined;
};

/** The authenticator's answer to registration options. */
export type CompleteWebAuthnRegistrationInput = {
  /** The device name the options were made for. */
  deviceName: string;
  /** The `RegistrationResponseJSON` of `navigator.credentials.create()` (as `startRegistration` returns it), at most 16 KiB. */
  responseJson: string;
  /** Defaults to the caller; the user the options were made for. */
  userName?: string | null | undefined;
};

/** A request context key for a simulation (AWS's ContextEntry), e.g. aws:SourceIp or aws:MultiFactorAuthPresent. */
export type ContextEntryInput = {
  /** The key's name, 5 to 256 characters (e.g. `aws:CurrentTime`, `iam:PolicyARN`). */
  contextKeyName: string;
  /** How the values are read; a value that does not parse as its type is BAD_USER_INPUT. */
  contextKeyType: ContextKeyType;
  /** The key's values: exactly one for a single-valued type; at most 100, each at most 2,048 characters, 65,536 in all entries together. */
  contextKeyValues: Array<string>;
};

/** AWS's context key types; the `_LIST` forms hold several values. */
export type ContextKeyType =
  /** Base64-encoded bytes. */
  | 'BINARY'
  /** Several base64 values. */
  | 'BINARY_LIST'
  /** `true` or `false`. */
  | 'BOOLEAN'
  /** Several booleans. */
  | 'BOOLEAN_LIST'
  /** A date and time (ISO 8601, or seconds since the epoch). */
  | 'DATE'
  /** Several dates. */
  | 'DATE_LIST'
  /** An IPv4 or IPv6 address. */
  | 'IP'
  /** Several addresses. */
  | 'IP_LIST'
  /** A number. */
  | 'NUMERIC'
  /** Several numbers. */
  | 'NUMERIC_LIST'
  /** Text. */
  | 'STRING'
  /** Several texts. */
  | 'STRING_LIST';

/** Whose access key createAccessKey creates. */
export type CreateAccessKeyInput = {
  /** Defaults to the caller. */
  userName?: string | null | undefined;
};

/** A new group. */
export type CreateGroupInput = {
  /** 1 to 128 characters of letters, digits and `+=,.@_-`; unique case-insensitively. */
  groupName: string;
  /** `/` (the default) or `/…/`, at most 512 printable ASCII characters; part of the ARN. */
  path?: string | null | undefined;
};

/** A password for a user. */
export type CreateLoginProfileInput = {
  /** The password: it must meet the account password policy (at most 128 characters, not a common password, not the user name). */
  password: string;
  /** Whether the user must choose a new password at the first sign-in; default false. */
  passwordResetRequired?: boolean | null | undefined;
  /** The user's name. */
  userName: string;
};

/** A new OpenID Connect provider. */
export type CreateOpenIdConnectProviderInput = {
  /** The audiences (`aud`) accepted: at most 100 (LIMIT_EXCEEDED), each 1 to 255 characters. */
  clientIdList: Array<string>;
  /** At most 50 tags. */
  tags?: Array<TagInput> | null | undefined;
  /** At most 5 (LIMIT_EXCEEDED) SHA-1 certificate thumbprints of 40 hexadecimal characters; default none. */
  thumbprintList?: Array<string> | null | undefined;
  /** The issuer URL, 1 to 255 characters: `https://HOST/PATH` (`http://` only on a loopback host with IAM_ALLOW_INSECURE_OIDC=1), no credentials, query or fragment. */
  url: string;
};

/** A new customer managed policy. */
export type CreatePolicyInput = {
  /** What the policy is for, at most 1,000 characters. */
  description?: string | null | undefined;
  /** `/` (the default) or `/…/`, at most 512 printable ASCII characters; part of the ARN. */
  path?: string | null | undefined;
  /**
   * An identity policy as a JSON string with Version 2012-10-17: at most 6,144 characters other than
   * whitespace (131,072 with); a bad one is MALFORMED_POLICY_DOCUMENT with `findings`.
   */
  policyDocument: string;
  /** 1 to 128 characters of letters, digits and `+=,.@_-`; unique among the account's policies, case-insensitively. */
  policyName: string;
};

/** A new version of a managed policy. */
export type CreatePolicyVersionInput = {
  /** The policy's ARN (20 to 2,048 characters). */
  policyArn: string;
  /** An identity policy as a JSON string with Version 2012-10-17: at most 6,144 characters other than whitespace. */
  policyDocument: string;
  /** Make the new version the default (the one that applies); default false. */
  setAsDefault?: boolean | null | undefined;
};

/** A new role. */
export type CreateRoleInput = {
  /**
   * The trust policy as a JSON string: statements with a Principal and only sts:AssumeRole* actions,
   * at most 2,048 characters other than whitespace (131,072 with). Every user, role and session it
   * names must exist (MALFORMED_POLICY_DOCUMENT otherwise) and is trusted by its unique id.
   */
  assumeRolePolicyDocument: string;
  /** What the role is for: at most 1,000 printable characters. */
  description?: string | null | undefined;
  /** 3,600 to 43,200 seconds; default 3,600. */
  maxSessionDuration?: number | null | undefined;
  /** `/` (the default) or `/…/`, at most 512 printable ASCII characters; part of the ARN. */
  path?: string | null | undefined;
  /** ARN of a managed policy used as the role's permissions boundary (NO_SUCH_ENTITY when it does not exist). */
  permissionsBoundary?: string | null | undefined;
  /** 1 to 64 characters of letters, digits and `+=,.@_-`; unique case-insensitively. */
  roleName: string;
  /** At most 50 tags; the same key twice (case-insensitively) is BAD_USER_INPUT. */
  tags?: Array<TagInput> | null | undefined;
};

/** A new IAM user. */
export type CreateUserInput = {
  /** `/` (the default) or `/…/`, at most 512 printable ASCII characters; part of the ARN. */
  path?: string | null | undefined;
  /** ARN of a managed policy used as the permissions boundary (20 to 2,048 characters; NO_SUCH_ENTITY when it does not exist). */
  permissionsBoundary?: string | null | undefined;
  /** At most 50 tags; the same key twice (case-insensitively) is BAD_USER_INPUT. */
  tags?: Array<TagInput> | null | undefined;
  /** 1 to 64 characters of letters, digits and `+=,.@_-`; unique case-insensitively. */
  userName: string;
};

/** A new virtual MFA device. */
export type CreateVirtualMfaDeviceInput = {
  /** `/` (the default) or `/…/`, at most 512 characters; part of the device's ARN. */
  path?: string | null | undefined;
  /** 1 to 226 characters of letters, digits and `+=,.@_-`; with the path, unique (ENTITY_ALREADY_EXISTS). */
  virtualMfaDeviceName: string;
};

/** A security key or passkey to register. */
export type CreateWebAuthnRegistrationOptionsInput = {
  /** The device's name, unique for the user (as an IAM name: letters, digits and `+=,.@-_`, at most 128 characters). */
  deviceName: string;
  /**
   * True: the credential may also sign in on its own, without the password (a passkey): the options
   * then require a discoverable credential and user verification, and the registration is refused
   * without them. False (the default): a second factor only, after the password.
   */
  passkeySignIn?: boolean | null | undefined;
  /** Defaults to the caller. */
  userName?: string | null | undefined;
};

/** A device to take away from a user. */
export type DeactivateMfaDeviceInput = {
  /** The ARN of a device enabled for the user. */
  serialNumber: string;
  /** Defaults to the caller. */
  userName?: string | null | undefined;
};

/** Which access key deleteAccessKey deletes. */
export type DeleteAccessKeyInput = {
  /** The key's id (NO_SUCH_ENTITY when it is not that user's). */
  accessKeyId: string;
  /** The key's user; defaults to the caller. */
  userName?: string | null | undefined;
};

/** Which group deleteGroup deletes. */
export type DeleteGroupInput = {
  /** The group's name. */
  groupName: string;
};

/** Whose password deleteLoginProfile removes. */
export type DeleteLoginProfileInput = {
  /** The user's name. */
  userName: string;
};

/** Which policy deletePolicy deletes. */
export type DeletePolicyInput = {
  /** The policy's ARN (20 to 2,048 characters). */
  policyArn: string;
};

/** A version to delete. */
export type DeletePolicyVersionInput = {
  /** The policy's ARN (20 to 2,048 characters). */
  policyArn: string;
  /** A version other than the default: `v1`, `v2`, … (at most 128 characters). */
  versionId: string;
};

/** Which resource's policy deleteResourcePolicy deletes. */
export type DeleteResourcePolicyInput = {
  /** The resource's ARN, exactly as stored (1 to 2,048 characters). */
  resourceArn: string;
};

/** Which role deleteRole deletes. */
export type DeleteRoleInput = {
  /** The role's name. */
  roleName: string;
};

/** An inline policy to delete from a role. */
export type DeleteRolePolicyInput = {
  /** The inline policy's name (1 to 128 characters). */
  policyName: string;
  /** The role's name. */
  roleName: string;
};

/** Which user deleteUser deletes. */
export type DeleteUserInput = {
  /** The user's name. */
  userName: string;
};

/** Whose permissions boundary to remove. */
export type DeleteUserPermissionsBoundaryInput = {
  /** The user's name. */
  userName: string;
};

/** An inline policy to delete from a user. */
export type DeleteUserPolicyInput = {
  /** The inline policy's name (1 to 128 characters). */
  policyName: string;
  /** The user's name. */
  userName: string;
};

/** A managed policy to detach from a role. */
export type DetachRolePolicyInput = {
  /** The managed policy's ARN (20 to 2,048 characters). */
  policyArn: string;
  /** The role's name. */
  roleName: string;
};

/** A managed policy to detach from a user. */
export type DetachUserPolicyInput = {
  /** The managed policy's ARN (20 to 2,048 characters). */
  policyArn: string;
  /** The user's name. */
  userName: string;
};

/** A policy statement's effect. */
export type Effect =
  /** Allows what the statement matches, unless a deny or a boundary says otherwise. */
  | 'Allow'
  /** Denies what the statement matches, whatever allows it. */
  | 'Deny';

/** A device to enable for a user. */
export type EnableMfaDeviceInput = {
  /** A 6-digit code from the device. */
  authenticationCode1: string;
  /** The device's next code (the following 30-second step). */
  authenticationCode2: string;
  /** The device's ARN from createVirtualMfaDevice (case-insensitive); ENTITY_ALREADY_EXISTS when it is enabled already. */
  serialNumber: string;
  /** Defaults to the caller. */
  userName?: string | null | undefined;
};

/** A simulated decision, as AWS names it. */
export type EvalDecision =
  /** An allow applies and nothing denies (nor does the boundary leave it out). */
  | 'ALLOWED'
  /** A statement denies it: no allow can change that. */
  | 'EXPLICIT_DENY'
  /** Nothing allows it (or the permissions boundary does not): denied by default. */
  | 'IMPLICIT_DENY';

/** The severity of a finding. */
export type FindingType =
  /** The document is invalid: storing it is MALFORMED_POLICY_DOCUMENT. */
  | 'ERROR'
  /** Valid, but grants more than likely meant (e.g. iam:PassRole on `*`, Allow with NotAction, a trust policy open to anyone). */
  | 'SECURITY_WARNING'
  /** Valid; a simpler or clearer way to write it (e.g. an empty condition block). */
  | 'SUGGESTION'
  /** Valid, but ambiguous or not doing what it seems (e.g. no Version, a condition key without a service prefix). */
  | 'WARNING';

/** An access key (and optionally an MFA code) to exchange for a temporary session. */
export type GetSessionTokenInput = {
  /** The access key's id (at most 128 characters). */
  accessKeyId: string;
  /** 900 to 129,600 seconds; default 43,200. */
  durationSeconds?: number | null | undefined;
  /** The access key's secret (at most 128 characters). */
  secretAccessKey: string;
  /** ARN of an MFA device of the key's user; with tokenCode, the session is MFA-authenticated. */
  serialNumber?: string | null | undefined;
  /** The device's current 6-digit code; given together with serialNumber. */
  tokenCode?: string | null | undefined;
};

/** One isAuthorized request. */
export type IsAuthorizedInput = {
  /** The action, `service:Action`, 3 to 128 characters (your application's own service prefix, e.g. `docs:Read`). */
  action: string;
  /** What only your application knows of its user's request (aws:SourceIp, aws:SecureTransport, aws:RequestTag/…, your own keys): they win over the principal's. At most 100 entries, bounded as the simulators' are. */
  contextEntries?: Array<ContextEntryInput> | null | undefined;
  /** Whose request it is. */
  principal: AuthorizationPrincipalInput;
  /** The resource's ARN (1 to 2,048 characters), e.g. `arn:aws:docs:::document/42`; `*` for none. */
  resource: string;
  /**
   * The resource's own policy as a JSON string (a Principal in every statement; validated as a
   * resource policy: MALFORMED_POLICY_DOCUMENT under `resourcePolicy`), at most 10,240 characters
   * other than whitespace. Without it, the policy stored for exactly this `resource` by
   * putResourcePolicy, if any, is used (no permission on the resource needed).
   */
  resourcePolicy?: string | null | undefined;
};

/** Where a sign-in stands. */
export type LoginStatus =
  /** The user has an enabled MFA device: answer `mfaChallenge` with respondToMfaChallenge. */
  | 'MFA_REQUIRED'
  /** The session returned may only call changePassword. */
  | 'PASSWORD_RESET_REQUIRED'
  /** Signed in: `session` is a full session. */
  | 'SUCCESS';

/** What kind of MFA device it is. */
export type MfaDeviceType =
  /** A virtual MFA device (TOTP, RFC 6238): an authenticator app. */
  | 'TOTP'
  /** A security key or passkey (W3C WebAuthn, FIDO2), as AWS's FIDO security keys. */
  | 'WEBAUTHN';

/** A kind of second factor. */
export type MfaMethod =
  /** One of the user's unused recovery codes. */
  | 'RECOVERY_CODE'
  /** A 6-digit code of a virtual MFA device (authenticator app). */
  | 'TOTP'
  /** A security key or passkey (WebAuthn). */
  | 'WEBAUTHN';

/** The kind of policy a matched statement is in (AWS's PolicySourceType). */
export type PolicySourceType =
  /** An AWS managed policy (arn:aws:iam::aws:policy/…). */
  | 'AWS_MANAGED'
  /** An inline policy of a group. */
  | 'GROUP'
  /** A policy given in policyInputList. */
  | 'NONE'
  /** A permissions boundary, stored or given in permissionsBoundaryPolicyInputList. */
  | 'PERMISSIONS_BOUNDARY'
  /** A resource-based policy: the role's trust policy, for sts:AssumeRole on a role, or a simulator's `resourcePolicy`. */
  | 'RESOURCE'
  /** An inline policy of a role. */
  | 'ROLE'
  /** A session policy (assumeRole's `policy`). */
  | 'SESSION'
  /** An inline policy of a user. */
  | 'USER'
  /** A customer managed policy of the account. */
  | 'USER_MANAGED';

/** An inline policy for a group. */
export type PutGroupPolicyInput = {
  /** The group's name. */
  groupName: string;
  /** An identity policy as a JSON string with Version 2012-10-17; all the group's inline policies together: at most 5,120 characters other than whitespace. */
  policyDocument: string;
  /** 1 to 128 characters of letters, digits and `+=,.@_-`; an inline policy of that name is replaced. */
  policyName: string;
};

/** The resource policy that putResourcePolicy stores. */
export type PutResourcePolicyInput = {
  /** The policy as a JSON string: a resource policy (a `Principal` in every statement), at most 20,480 characters other than whitespace. */
  policyDocument: string;
  /** The resource's ARN: 1 to 2,048 printable ASCII characters without spaces, `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`, no `*` or `?` (a policy belongs to one resource). */
  resourceArn: string;
};

/** A permissions boundary for a role. */
export type PutRolePermissionsBoundaryInput = {
  /** ARN of the managed policy (20 to 2,048 characters; NO_SUCH_ENTITY when it does not exist). */
  permissionsBoundary: string;
  /** The role's name. */
  roleName: string;
};

/** An inline policy for a role. */
export type PutRolePolicyInput = {
  /** An identity policy as a JSON string with Version 2012-10-17; all the role's inline policies together: at most 10,240 characters other than whitespace. */
  policyDocument: string;
  /** 1 to 128 characters of letters, digits and `+=,.@_-`; an inline policy of that name is replaced. */
  policyName: string;
  /** The role's name. */
  roleName: string;
};

/** A permissions boundary for a user. */
export type PutUserPermissionsBoundaryInput = {
  /** ARN of the managed policy (20 to 2,048 characters; NO_SUCH_ENTITY when it does not exist). */
  permissionsBoundary: string;
  /** The user's name. */
  userName: string;
};

/** An inline policy for a user. */
export type PutUserPolicyInput = {
  /** An identity policy as a JSON string with Version 2012-10-17; all the user's inline policies together: at most 2,048 characters other than whitespace. */
  policyDocument: string;
  /** 1 to 128 characters of letters, digits and `+=,.@_-`; an inline policy of that name is replaced. */
  policyName: string;
  /** The user's name. */
  userName: string;
};

/** A user to remove from a group. */
export type RemoveUserFromGroupInput = {
  /** The group's name. */
  groupName: string;
  /** The user's name. */
  userName: string;
};

/** Whose guessing limits resetSignInThrottle clears. */
export type ResetSignInThrottleInput = {
  /** The factors to reset; all of them when omitted. */
  factors?: Array<SignInFactor> | null | undefined;
  /** The user's name. */
  userName: string;
};

/** A device to re-synchronize. */
export type ResyncMfaDeviceInput = {
  /** A 6-digit code from the device. */
  authenticationCode1: string;
  /** The device's next code. */
  authenticationCode2: string;
  /** The ARN of a device enabled for the user. */
  serialNumber: string;
  /** Defaults to the caller. */
  userName?: string | null | undefined;
};

/** How a sign-in hands over its session. */
export type SessionDelivery =
  /**
   * As an HttpOnly cookie (`iam_session`; `__Host-iam_session` over HTTPS; SameSite=Lax, Path=/,
   * Secure over HTTPS or with IAM_COOKIE_SECURE=1); `session.token` is then null. Requests that
   * the cookie authenticates must come from the server's own origin or one in IAM_CORS_ORIGINS.
   */
  | 'COOKIE'
  /** In the body: `session.token`, sent back as `Authorization: Bearer TOKEN`. */
  | 'TOKEN';

/** The version to make the default. */
export type SetDefaultPolicyVersionInput = {
  /** The policy's ARN (20 to 2,048 characters). */
  policyArn: string;
  /** An existing version: `v1`, `v2`, … (at most 128 characters). */
  versionId: string;
};

/** A sign-in factor whose guessing limit `resetSignInThrottle` clears. */
export type SignInFactor =
  /** The second factor: TOTP codes and recovery codes. */
  | 'MFA'
  /** The password. */
  | 'PASSWORD';

/** What `simulateCustomPolicy` simulates (AWS's SimulateCustomPolicy request). */
export type SimulateCustomPolicyInput = {
  /** The actions to decide: at least 1, each 3 to 128 characters; actions × resources at most 100. */
  actionNames: Array<string>;
  /**
   * The simulated caller (AWS's CallerArn): the ARN of an IAM user, or of a role (standing for one
   * of its sessions); 1 to 2,048 characters. Sets `aws:username` (users) / `aws:PrincipalArn` /
   * `aws:PrincipalType`, and is whom `resourcePolicy`'s Principal elements are matched against:
   * required with `resourcePolicy`.
   */
  callerArn?: string | null | undefined;
  /** The request context: at most 100 entries. */
  contextEntries?: Array<ContextEntryInput> | null | undefined;
  /** A permissions boundary (JSON string): at most 1 document of at most 6,144 characters other than whitespace; default none. */
  permissionsBoundaryPolicyInputList?: Array<string> | null | undefined;
  /** The identity policies (JSON strings): at most 10, each at most 10,240 characters other than whitespace; a malformed one is MALFORMED_POLICY_DOCUMENT. */
  policyInputList: Array<string>;
  /** The resources to decide on (each 1 to 2,048 characters); default `*`. */
  resourceArns?: Array<string> | null | undefined;
  /**
   * The account owning the simulated resources whose ARN names no account (an S3 ARN) and
   * `resourcePolicy`, as `arn:aws:iam::ACCOUNT-ID:root` (1 to 2,048 characters); default the account
   * of `callerArn`. Another account than the caller's makes the simulation cross-account.
   */
  resourceOwner?: string | null | undefined;
  /**
   * A resource-based policy (JSON string) treated as attached to every resource simulated, evaluated
   * with `policyInputList` as AWS does (same account: either may allow; another account: both must;
   * an explicit deny anywhere wins). At most 131,072 characters; every statement needs a `Principal`
   * or `NotPrincipal`; a malformed one is MALFORMED_POLICY_DOCUMENT.
   */
  resourcePolicy?: string | null | undefined;
};

/** What `simulatePrincipalPolicy` simulates (AWS's SimulatePrincipalPolicy request). */
export type SimulatePrincipalPolicyInput = {
  /** The actions to decide, e.g. `iam:CreateUser`: at least 1, each 3 to 128 characters; actions × resources at most 100. */
  actionNames: Array<string>;
  /**
   * Simulates the call as this IAM user or role (AWS's CallerArn; a role stands for one of its
   * sessions) with the principal's policies: it sets `aws:username` / `aws:PrincipalArn` /
   * `aws:PrincipalType` and is whom `resourcePolicy`'s Principal elements are matched against.
   * 1 to 2,048 characters; default `policySourceArn` when that is a user or a role; required with
   * `resourcePolicy` when `policySourceArn` is a group.
   */
  callerArn?: string | null | undefined;
  /** The request context: at most 100 entries. */
  contextEntries?: Array<ContextEntryInput> | null | undefined;
  /** Replaces the principal's permissions boundary for this simulation: at most 1 document of at most 6,144 characters other than whitespace; `[]` for none, omitted for the principal's own. */
  permissionsBoundaryPolicyInputList?: Array<string> | null | undefined;
  /** Extra identity policies (JSON strings) evaluated as if attached: at most 10, each at most 10,240 characters other than whitespace. */
  policyInputList?: Array<string> | null | undefined;
  /**
   * A user, group or role ARN (20 to 2,048 characters), exactly as stored. For a user, `aws:username`,
   * `aws:userid`, `aws:PrincipalArn` and `aws:PrincipalType` are set unless `contextEntries` set them.
   */
  policySourceArn: string;
  /** The resources to decide on (each 1 to 2,048 characters); default `*`. `sts:AssumeRole` on a role's ARN is decided with the role's trust policy, as assumeRole decides it. */
  resourceArns?: Array<string> | null | undefined;
  /**
   * The account owning the simulated resources whose ARN names no account (an S3 ARN) and
   * `resourcePolicy`, as `arn:aws:iam::ACCOUNT-ID:root` (1 to 2,048 characters); default the
   * caller's account. Another account than the caller's makes the simulation cross-account.
   */
  resourceOwner?: string | null | undefined;
  /**
   * A resource-based policy (JSON string) treated as attached to every resource simulated, evaluated
   * with the principal's policies as AWS does (same account: either may allow; another account: both
   * must; an explicit deny anywhere wins). At most 131,072 characters; every statement needs a
   * `Principal` or `NotPrincipal`; a malformed one is MALFORMED_POLICY_DOCUMENT.
   */
  resourcePolicy?: string | null | undefined;
};

/** How a statement reaches a principal (effectivePermissions). */
export type StatementSourceType =
  /** An inline policy of the principal or its group. */
  | 'INLINE'
  /** A managed policy attached to the principal or its group. */
  | 'MANAGED'
  /** The principal's permissions boundary: it caps, never grants. */
  | 'PERMISSIONS_BOUNDARY';

/** A tag to set. */
export type TagInput = {
  /** 1 to 128 characters: letters, digits, spaces and `_.:/=+-@`; not starting with `aws:`. Case-insensitive: an existing key keeps its case and gets the new value. */
  key: string;
  /** 0 to 256 characters of the same set. */
  value: string;
};

/** Tags to set on a role. */
export type TagRoleInput = {
  /** The role's name. */
  roleName: string;
  /** The tags to add or change (an existing key keeps its case and gets the new value): at most 50 on the role in all. */
  tags: Array<TagInput>;
};

/** Tags to set on a user. */
export type TagUserInput = {
  /** The tags to add or change (an existing key keeps its case and gets the new value): at most 50 on the user in all. */
  tags: Array<TagInput>;
  /** The user's name. */
  userName: string;
};

/** Tags to remove from a role. */
export type UntagRoleInput = {
  /** The role's name. */
  roleName: string;
  /** The keys to remove (case-insensitive; keys the role lacks are ignored): at most 50, each 1 to 128 characters. */
  tagKeys: Array<string>;
};

/** An access key's new status. */
export type UpdateAccessKeyInput = {
  /** The key's id (NO_SUCH_ENTITY when it is not that user's). */
  accessKeyId: string;
  /** Active or Inactive. */
  status: AccessKeyStatus;
  /** The key's user; defaults to the caller. */
  userName?: string | null | undefined;
};

/**
 * The new account password policy. As in AWS, it replaces the old one: a field left out takes its
 * default, not its old value.
 */
export type UpdateAccountPasswordPolicyInput = {
  /** Let every user change their own password with changePassword; default true. */
  allowUsersToChangePassword?: boolean | null | undefined;
  /** An expired password can only be reset by an administrator; default false; only with maxPasswordAge (BAD_USER_INPUT otherwise). */
  hardExpiry?: boolean | null | undefined;
  /** Days a password is valid, 1 to 1,095; omitted: passwords do not expire. */
  maxPasswordAge?: number | null | undefined;
  /** 8 to 128 characters; default 12. */
  minimumPasswordLength?: number | null | undefined;
  /** How many previous passwords a new one must differ from, 1 to 24; omitted: only the current one. */
  passwordReusePrevention?: number | null | undefined;
  /** Require a lowercase letter (a-z); default false. */
  requireLowercaseCharacters?: boolean | null | undefined;
  /** Require a digit; default false. */
  requireNumbers?: boolean | null | undefined;
  /** Require a symbol (! @ # $ % ^ & * ( ) _ + - = [ ] { } | '); default false. */
  requireSymbols?: boolean | null | undefined;
  /** Require an uppercase letter (A-Z); default false. */
  requireUppercaseCharacters?: boolean | null | undefined;
};

/** A role's new trust policy. */
export type UpdateAssumeRolePolicyInput = {
  /** The trust policy as a JSON string, with the bounds of createRole's assumeRolePolicyDocument. */
  policyDocument: string;
  /** The role's name. */
  roleName: string;
};

/** An administrator's change to a user's password settings. */
export type UpdateLoginProfileInput = {
  /** A new password under the account password policy; omitted: unchanged. */
  password?: string | null | undefined;
  /** Whether the user must choose a new password at the next sign-in; omitted: unchanged. */
  passwordResetRequired?: boolean | null | undefined;
  /** The user's name. */
  userName: string;
};

/** What updateRole changes. */
export type UpdateRoleInput = {
  /** The new description, at most 1,000 printable characters; omitted: unchanged. */
  description?: string | null | undefined;
  /** The new maximum session duration, 3,600 to 43,200 seconds; omitted: unchanged. */
  maxSessionDuration?: number | null | undefined;
  /** The role's name. */
  roleName: string;
};

/** A rename or move of a user. */
export type UpdateUserInput = {
  /** The new path: `/` or `/…/`, at most 512 characters; omitted: unchanged. */
  newPath?: string | null | undefined;
  /** The new name: 1 to 64 characters of letters, digits and `+=,.@_-`; omitted: unchanged. */
  newUserName?: string | null | undefined;
  /** The user's current name. */
  userName: string;
};

export type UpdateAccessKeyMutationVariables = Exact<{
  i: UpdateAccessKeyInput;
}>;


export type UpdateAccessKeyMutation = { updateAccessKey: { accessKey: { status: AccessKeyStatus } } | null };

export type DeleteAccessKeyMutationVariables = Exact<{
  i: DeleteAccessKeyInput;
}>;


export type DeleteAccessKeyMutation = { deleteAccessKey: { accessKeyId: string } | null };

export type AuditEventsQueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { edges: Array<{ node: { action: string, resourceArn: string | null, outcome: AuditOutcome, errorCode: string | null, principalArn: string | null, sessionId: string | null, roleSessionName: string | null, accessKeyId: string | null, webIdentitySubject: string | null, webIdentityIssuer: string | null } }> } | null };

export type AssumeRoleMutationVariables = Exact<{
  i: AssumeRoleInput;
}>;


export type AssumeRoleMutation = { assumeRole: { credentials: { sessionToken: string } } | null };

export type AuditEventsInAuditIdentityQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type AuditEventsInAuditIdentityQuery = { auditEvents: { edges: Array<{ node: { resourceArn: string | null } }> } | null };

export type CreateOpenIdConnectProviderMutationVariables = Exact<{
  i: CreateOpenIdConnectProviderInput;
}>;


export type CreateOpenIdConnectProviderMutation = { createOpenIdConnectProvider: { openIdConnectProviderArn: string } | null };

export type AssumeRoleWithWebIdentityMutationVariables = Exact<{
  i: AssumeRoleWithWebIdentityInput;
}>;


export type AssumeRoleWithWebIdentityMutation = { assumeRoleWithWebIdentity: { credentials: { sessionToken: string } } | null };

export type AuditEventsInAuditQueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type AuditEventsInAuditQuery = { auditEvents: { edges: Array<{ node: { action: string, resourceArn: string | null, outcome: AuditOutcome, errorCode: string | null, principalArn: string | null, requestId: string, sourceIp: string | null } }> } | null };

export type LoginMutationVariables = Exact<{ [key: string]: never; }>;


export type LoginMutation = { login: { status: LoginStatus } | null };

export type UpdateAccountPasswordPolicyMutationVariables = Exact<{
  i: UpdateAccountPasswordPolicyInput;
}>;


export type UpdateAccountPasswordPolicyMutation = { updateAccountPasswordPolicy: { passwordPolicy: { allowUsersToChangePassword: boolean } } | null };

export type UsersInAuthzCacheQueryVariables = Exact<{
  n: number;
  p: string;
}>;


export type UsersInAuthzCacheQuery = { users: { edges: Array<{ node: { userName: string, groups: { edges: Array<{ node: { groupName: string } }> } | null, effectivePermissions: { statements: Array<{ effect: Effect, actions: Array<string> | null, source: { policyName: string, policyType: StatementSourceType, viaGroup: string | null } }> } | null } }> } | null };

export type EffectivePermissionsQueryVariables = Exact<{
  a: string;
}>;


export type EffectivePermissionsQuery = { effectivePermissions: { principalArn: string, statements: Array<{ source: { policyArn: string | null, policyType: StatementSourceType, versionId: string | null, statementIndex: number } }> } | null };

export type UserInAuthzNestedFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type UserInAuthzNestedFieldsQuery = { user: { userName: string, accessKeys: Array<{ accessKeyId: string }> | null, mfaDevices: Array<{ serialNumber: string }> | null, loginProfile: { createDate: string } | null, groups: { edges: Array<{ cursor: string }> } | null, attachedManagedPolicies: Array<{ policyArn: string }> | null, inlinePolicies: Array<{ policyName: string }> | null, effectivePermissions: { principalArn: string } | null } | null };

export type CreateGroupInAuthzNestedFieldsMutationVariables = Exact<{
  g: string;
}>;


export type CreateGroupInAuthzNestedFieldsMutation = { createGroup: { group: { arn: string } } | null };

export type AddUserToGroupInAuthzNestedFieldsMutationVariables = Exact<{
  g: string;
  u: string;
}>;


export type AddUserToGroupInAuthzNestedFieldsMutation = { addUserToGroup: { group: { arn: string } } | null };

export type AddUserToGroupInAuthzNestedFields2MutationVariables = Exact<{
  g: string;
}>;


export type AddUserToGroupInAuthzNestedFields2Mutation = { addUserToGroup: { group: { arn: string } } | null };

export type MeInAuthzNestedFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type MeInAuthzNestedFieldsQuery = { me:
    | { arn: string }
    | { arn: string, groups: { edges: Array<{ node: { users: { edges: Array<{ node: { userName: string } }> } | null } }> } | null }
   | null };

export type UserInAuthzNestedFields2QueryVariables = Exact<{
  u: string;
}>;


export type UserInAuthzNestedFields2Query = { user: { accessKeys: Array<{ status: AccessKeyStatus }> | null, groups: { edges: Array<{ cursor: string }> } | null } | null };

export type UpdateUserMutationVariables = Exact<{
  u: string;
}>;


export type UpdateUserMutation = { updateUser: { user: { arn: string } } | null };

export type UpdateUserInAuthzNestedFieldsMutationVariables = Exact<{
  u: string;
  n: string;
}>;


export type UpdateUserInAuthzNestedFieldsMutation = { updateUser: { user: { arn: string } } | null };

export type UpdateUserInAuthzSelfServiceMutationVariables = Exact<{
  i: UpdateUserInput;
}>;


export type UpdateUserInAuthzSelfServiceMutation = { updateUser: { user: { arn: string } } | null };

export type CreateVirtualMfaDeviceMutationVariables = Exact<{
  i: CreateVirtualMfaDeviceInput;
}>;


export type CreateVirtualMfaDeviceMutation = { createVirtualMfaDevice: { virtualMfaDevice: { serialNumber: string } } | null };

export type SimulatePrincipalPolicyQueryVariables = Exact<{
  i: SimulatePrincipalPolicyInput;
}>;


export type SimulatePrincipalPolicyQuery = { simulatePrincipalPolicy: { evaluationResults: Array<{ evalActionName: string, evalDecision: EvalDecision }> } | null };

export type CreateAccessKeyInAuthzSelfServiceMutationVariables = Exact<{
  i: CreateAccessKeyInput;
}>;


export type CreateAccessKeyInAuthzSelfServiceMutation = { createAccessKey: { accessKey: { accessKeyId: string, status: AccessKeyStatus } } | null };

export type CreateAccessKeyInAuthzSelfService2MutationVariables = Exact<{
  i: CreateAccessKeyInput;
}>;


export type CreateAccessKeyInAuthzSelfService2Mutation = { createAccessKey: { accessKey: { accessKeyId: string } } | null };

export type PutUserPermissionsBoundaryInAuthzSelfServiceMutationVariables = Exact<{
  i: PutUserPermissionsBoundaryInput;
}>;


export type PutUserPermissionsBoundaryInAuthzSelfServiceMutation = { putUserPermissionsBoundary: { user: { permissionsBoundary: { permissionsBoundaryArn: string } | null } } | null };

export type DeleteUserPermissionsBoundaryMutationVariables = Exact<{
  i: DeleteUserPermissionsBoundaryInput;
}>;


export type DeleteUserPermissionsBoundaryMutation = { deleteUserPermissionsBoundary: { user: { userName: string } } | null };

export type RemoveUserFromGroupMutationVariables = Exact<{
  i: RemoveUserFromGroupInput;
}>;


export type RemoveUserFromGroupMutation = { removeUserFromGroup: { user: { userName: string } } | null };

export type AttachUserPolicyInBootstrapMutationVariables = Exact<{
  u: string;
}>;


export type AttachUserPolicyInBootstrapMutation = { attachUserPolicy: { user: { userName: string } } | null };

export type DetachUserPolicyInBootstrapMutationVariables = Exact<{ [key: string]: never; }>;


export type DetachUserPolicyInBootstrapMutation = { detachUserPolicy: { user: { userName: string } } | null };

export type DeleteLoginProfileMutationVariables = Exact<{ [key: string]: never; }>;


export type DeleteLoginProfileMutation = { deleteLoginProfile: { userName: string } | null };

export type DeleteUserInBootstrapMutationVariables = Exact<{ [key: string]: never; }>;


export type DeleteUserInBootstrapMutation = { deleteUser: { userName: string } | null };

export type UserInBootstrapQueryVariables = Exact<{ [key: string]: never; }>;


export type UserInBootstrapQuery = { user: { userName: string } | null };

export type SessionsWithClientAndCurrentQueryVariables = Exact<{
  n?: string | null | undefined;
}>;


export type SessionsWithClientAndCurrentQuery = { sessions: Array<{ id: string, createdAt: string, lastUsedAt: string, expiresAt: string, sourceIp: string | null, userAgent: string | null, mfaAuthenticated: boolean, current: boolean }> };

export type RevokeSessionIdMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeSessionIdMutation = { revokeSession: { sessionId: string } | null };

export type LogoutOkMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutOkMutation = { logout: { ok: boolean } | null };

export type RespondToMfaChallengeByCookieMutationVariables = Exact<{
  t: string;
  c: string;
}>;


export type RespondToMfaChallengeByCookieMutation = { respondToMfaChallenge: { status: LoginStatus, session: { token: string | null, mfaAuthenticated: boolean } | null } | null };

export type RevokeUserSessionsKeepingCurrentMutationVariables = Exact<{
  n: string;
}>;


export type RevokeUserSessionsKeepingCurrentMutation = { revokeUserSessions: { revokedCount: number } | null };

export type CallerPermissionsQueryVariables = Exact<{
  r: Array<CallerPermissionRequest> | CallerPermissionRequest;
}>;


export type CallerPermissionsQuery = { callerPermissions: Array<{ action: string, resource: string, decision: EvalDecision, message: string | null, allowedWithMfa: boolean }> };

export type UsersPageQueryVariables = Exact<{
  p?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type UsersPageQuery = { users: { totalCount: number, edges: Array<{ cursor: string, node: { userName: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type UsersFirstTwoNoCountQueryVariables = Exact<{
  p?: string | null | undefined;
}>;


export type UsersFirstTwoNoCountQuery = { users: { edges: Array<{ node: { userName: string } }> } | null };

export type UsersFirstTwoWithCountQueryVariables = Exact<{
  p?: string | null | undefined;
}>;


export type UsersFirstTwoWithCountQuery = { users: { totalCount: number, edges: Array<{ node: { userName: string } }> } | null };

export type UsersTotalCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersTotalCountQuery = { users: { totalCount: number } | null };

export type BackwardPagesOfGroupsRolesPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type BackwardPagesOfGroupsRolesPoliciesQuery = { groups: { totalCount: number, edges: Array<{ node: { groupName: string } }>, pageInfo: { hasPreviousPage: boolean } } | null, roles: { totalCount: number, edges: Array<{ node: { roleName: string } }> } | null, policies: { totalCount: number, edges: Array<{ node: { arn: string } }>, pageInfo: { hasPreviousPage: boolean, hasNextPage: boolean } } | null, first: { edges: Array<{ node: { arn: string } }> } | null };

export type AuditEventsTotalCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditEventsTotalCountQuery = { auditEvents: { totalCount: number, edges: Array<{ node: { action: string } }> } | null };

export type LoginAndChangePasswordMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type LoginAndChangePasswordMutation = { login: { status: LoginStatus } | null, changePassword: { __typename: 'ChangePasswordPayload' } | null };

export type LoginAndLogoutMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type LoginAndLogoutMutation = { login: { status: LoginStatus } | null, logout: { ok: boolean } | null };

export type GenerateRecoveryCodesMutationVariables = Exact<{
  u: string;
}>;


export type GenerateRecoveryCodesMutation = { generateRecoveryCodes: { recoveryCodes: Array<string> } | null };

export type UpdateAccountPasswordPolicyInCredentialRacesMutationVariables = Exact<{ [key: string]: never; }>;


export type UpdateAccountPasswordPolicyInCredentialRacesMutation = { updateAccountPasswordPolicy: { passwordPolicy: { passwordReusePrevention: number | null } } | null };

export type UpdateAccountPasswordPolicyInCredentialRaces2MutationVariables = Exact<{ [key: string]: never; }>;


export type UpdateAccountPasswordPolicyInCredentialRaces2Mutation = { updateAccountPasswordPolicy: { passwordPolicy: { passwordReusePrevention: number | null } } | null };

export type CredentialReportQueryVariables = Exact<{ [key: string]: never; }>;


export type CredentialReportQuery = { credentialReport: Array<{ user: string, arn: string, passwordEnabled: boolean, passwordLastUsed: string | null, mfaActive: boolean, accessKey1Active: boolean, accessKey1LastRotated: string | null, accessKey2Active: boolean }> | null };

export type CreateAccessKeyInCredentialsAccessKeysMutationVariables = Exact<{
  u?: string | null | undefined;
}>;


export type CreateAccessKeyInCredentialsAccessKeysMutation = { createAccessKey: { accessKey: { accessKeyId: string, secretAccessKey: string, status: AccessKeyStatus, userName: string, createDate: string } } | null };

export type GetSessionTokenInCredentialsAccessKeysMutationVariables = Exact<{
  i: GetSessionTokenInput;
}>;


export type GetSessionTokenInCredentialsAccessKeysMutation = { getSessionToken: { credentials: { sessionToken: string, expiration: string } } | null };

export type UserInCredentialsAccessKeysQueryVariables = Exact<{
  u: string;
}>;


export type UserInCredentialsAccessKeysQuery = { user: { accessKeys: Array<{ accessKeyId: string, status: AccessKeyStatus, lastUsedDate: string | null }> | null } | null };

export type UserInCredentialsAccessKeys2QueryVariables = Exact<{
  u: string;
}>;


export type UserInCredentialsAccessKeys2Query = { user: { accessKeys: Array<{ accessKeyId: string }> | null } | null };

export type UpdateAccountPasswordPolicyInCredentialsAccessKeysMutationVariables = Exact<{ [key: string]: never; }>;


export type UpdateAccountPasswordPolicyInCredentialsAccessKeysMutation = { updateAccountPasswordPolicy: { passwordPolicy: { minimumPasswordLength: number } } | null };

export type MeInCredentialsAccessKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type MeInCredentialsAccessKeysQuery = { me:
    | { arn: string }
    | { arn: string, accessKeys: Array<{ accessKeyId: string, lastUsedDate: string | null }> | null }
   | null };

export type UpdateAccessKeyInCredentialsAccessKeysMutationVariables = Exact<{
  k: string;
}>;


export type UpdateAccessKeyInCredentialsAccessKeysMutation = { updateAccessKey: { accessKey: { status: AccessKeyStatus } } | null };

export type DeleteAccessKeyInCredentialsAccessKeysMutationVariables = Exact<{
  k: string;
}>;


export type DeleteAccessKeyInCredentialsAccessKeysMutation = { deleteAccessKey: { accessKeyId: string } | null };

export type DeleteAccessKeyInCredentialsAccessKeys2MutationVariables = Exact<{
  u?: string | null | undefined;
  k: string;
}>;


export type DeleteAccessKeyInCredentialsAccessKeys2Mutation = { deleteAccessKey: { accessKeyId: string } | null };

export type ChangePasswordInCredentialsPasswordPolicyMutationVariables = Exact<{
  o: string;
  n: string;
}>;


export type ChangePasswordInCredentialsPasswordPolicyMutation = { changePassword: { session: { token: string | null } | null } | null };

export type AccountPasswordPolicyInCredentialsPasswordPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountPasswordPolicyInCredentialsPasswordPolicyQuery = { accountPasswordPolicy: { minimumPasswordLength: number, maximumPasswordLength: number, requireSymbols: boolean, requireNumbers: boolean, allowUsersToChangePassword: boolean, expirePasswords: boolean } | null };

export type UpdateAccountPasswordPolicyInCredentialsPasswordPolicyMutationVariables = Exact<{ [key: string]: never; }>;


export type UpdateAccountPasswordPolicyInCredentialsPasswordPolicyMutation = { updateAccountPasswordPolicy: { passwordPolicy: { minimumPasswordLength: number, requireNumbers: boolean, passwordReusePrevention: number | null } } | null };

export type UpdateAccountPasswordPolicyInCredentialsPasswordPolicy2MutationVariables = Exact<{ [key: string]: never; }>;


export type UpdateAccountPasswordPolicyInCredentialsPasswordPolicy2Mutation = { updateAccountPasswordPolicy: { passwordPolicy: { minimumPasswordLength: number } } | null };

export type AddUserToGroupInGroupsMutationVariables = Exact<{
  g: string;
  u: string;
}>;


export type AddUserToGroupInGroupsMutation = { addUserToGroup: { group: { groupName: string } } | null };

export type CreateGroupInGroupsMutationVariables = Exact<{
  g: string;
  p?: string | null | undefined;
}>;


export type CreateGroupInGroupsMutation = { createGroup: { group: { groupName: string, arn: string } } | null };

export type GroupAndUserQueryVariables = Exact<{
  g: string;
  u: string;
}>;


export type GroupAndUserQuery = { group: { users: { edges: Array<{ node: { userName: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null, user: { groups: { edges: Array<{ node: { groupName: string } }> } | null } | null };

export type GroupQueryVariables = Exact<{
  g: string;
  after?: string | null | undefined;
}>;


export type GroupQuery = { group: { users: { edges: Array<{ node: { userName: string } }>, pageInfo: { hasNextPage: boolean } } | null } | null };

export type RemoveUserFromGroupInGroupsMutationVariables = Exact<{
  g: string;
  u: string;
}>;


export type RemoveUserFromGroupInGroupsMutation = { removeUserFromGroup: { group: { groupName: string } } | null };

export type UpdateGroupMutationVariables = Exact<{
  g: string;
  n: string;
}>;


export type UpdateGroupMutation = { updateGroup: { group: { groupName: string, arn: string } } | null };

export type GroupInGroupsQueryVariables = Exact<{
  g: string;
}>;


export type GroupInGroupsQuery = { group: { arn: string } | null };

export type GroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupsQuery = { groups: { edges: Array<{ node: { groupName: string } }> } | null };

export type UserInLoginThrottleSourcesQueryVariables = Exact<{
  u: string;
}>;


export type UserInLoginThrottleSourcesQuery = { user: { signInThrottle: { password: { failures: number, maxFailures: number, refused: number, throttledUntil: string | null, windowEndsAt: string | null, sourcesInBackoff: number }, mfa: { failures: number, maxFailures: number, throttledUntil: string | null, sourcesInBackoff: number } } | null } | null };

export type ResetSignInThrottleMutationVariables = Exact<{
  i: ResetSignInThrottleInput;
}>;


export type ResetSignInThrottleMutation = { resetSignInThrottle: { userName: string } | null };

export type UntagUserMutationVariables = Exact<{
  n: string;
  k: Array<string> | string;
}>;


export type UntagUserMutation = { untagUser: { user: { tags: Array<{ key: string }> } } | null };

export type GroupInStoreInputBoundsQueryVariables = Exact<{
  n: string;
}>;


export type GroupInStoreInputBoundsQuery = { group: { groupName: string } | null };

export type RoleInStoreInputBoundsQueryVariables = Exact<{
  n: string;
}>;


export type RoleInStoreInputBoundsQuery = { role: { roleName: string } | null };

export type DeleteUserInStoreInputBoundsMutationVariables = Exact<{
  n: string;
}>;


export type DeleteUserInStoreInputBoundsMutation = { deleteUser: { userName: string } | null };

export type TagUserInStoreInputBoundsMutationVariables = Exact<{
  n: string;
}>;


export type TagUserInStoreInputBoundsMutation = { tagUser: { user: { userName: string } } | null };

export type PolicyVersionQueryVariables = Exact<{
  a: string;
}>;


export type PolicyVersionQuery = { policyVersion: { versionId: string } | null };

export type AuditEventsInStoreInputBoundsQueryVariables = Exact<{
  a: string;
}>;


export type AuditEventsInStoreInputBoundsQuery = { auditEvents: { edges: Array<{ cursor: string }> } | null };

export type AuditEventsInStoreInputBounds2QueryVariables = Exact<{
  a: string;
}>;


export type AuditEventsInStoreInputBounds2Query = { auditEvents: { edges: Array<{ cursor: string }> } | null };

export type UsersInStoreInputBoundsQueryVariables = Exact<{
  c: string;
}>;


export type UsersInStoreInputBoundsQuery = { users: { edges: Array<{ cursor: string }> } | null };

export type AppIsAuthorizedQueryVariables = Exact<{
  i: IsAuthorizedInput;
}>;


export type AppIsAuthorizedQuery = { isAuthorized: { decision: EvalDecision, principalArn: string | null, explanation: string, missingContextValues: Array<string>, matchedStatements: Array<{ sid: string | null, effect: Effect, policySource: { type: PolicySourceType } }> } };

export type AppBatchIsAuthorizedQueryVariables = Exact<{
  r: Array<IsAuthorizedInput> | IsAuthorizedInput;
}>;


export type AppBatchIsAuthorizedQuery = { batchIsAuthorized: { results: Array<{ decision: EvalDecision, principalArn: string | null }> } };

export type AppUserLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AppUserLogoutMutation = { logout: { ok: boolean } | null };

export type CreateVirtualMfaDeviceWithQrCodesMutationVariables = Exact<{
  n: string;
}>;


export type CreateVirtualMfaDeviceWithQrCodesMutation = { createVirtualMfaDevice: { virtualMfaDevice: { base32StringSeed: string, otpauthUri: string, qrCodeSvg: string, qrCodePng: string } } | null };

export type MeInMfaSigninQueryVariables = Exact<{ [key: string]: never; }>;


export type MeInMfaSigninQuery = { me:
    | { arn: string }
    | { arn: string, mfaDevices: Array<{ serialNumber: string, enableDate: string }> | null }
   | null };

export type AuditEventsInMfaSigninQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditEventsInMfaSigninQuery = { auditEvents: { edges: Array<{ node: { principalArn: string | null, outcome: AuditOutcome, errorCode: string | null } }> } | null };

export type UserInMfaSigninQueryVariables = Exact<{
  u: string;
}>;


export type UserInMfaSigninQuery = { user: { mfaDevices: Array<{ serialNumber: string, userName: string }> | null } | null };

export type DeactivateMfaDeviceMutationVariables = Exact<{
  u?: string | null | undefined;
  s: string;
}>;


export type DeactivateMfaDeviceMutation = { deactivateMfaDevice: { serialNumber: string } | null };

export type ResyncMfaDeviceMutationVariables = Exact<{
  i: ResyncMfaDeviceInput;
}>;


export type ResyncMfaDeviceMutation = { resyncMfaDevice: { mfaDevice: { serialNumber: string } } | null };

export type AssumeRoleWithWebIdentityInOidcFederationMutationVariables = Exact<{
  input: AssumeRoleWithWebIdentityInput;
}>;


export type AssumeRoleWithWebIdentityInOidcFederationMutation = { assumeRoleWithWebIdentity: { subjectFromWebIdentityToken: string, audience: string, provider: string, credentials: { sessionToken: string, expiration: string }, assumedRoleUser: { arn: string, assumedRoleId: string } } | null };

export type OpenIdConnectProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenIdConnectProvidersQuery = { openIdConnectProviders: Array<{ arn: string, url: string, clientIdList: Array<string>, thumbprintList: Array<string> }> | null };

export type CreateOpenIdConnectProviderInOidcFederation2MutationVariables = Exact<{
  u: string;
}>;


export type CreateOpenIdConnectProviderInOidcFederation2Mutation = { createOpenIdConnectProvider: { openIdConnectProviderArn: string } | null };

export type MeInOidcFederationQueryVariables = Exact<{ [key: string]: never; }>;


export type MeInOidcFederationQuery = { me:
    | { roleName: string, roleSessionName: string, arn: string }
    | { arn: string }
   | null };

export type CreateOpenIdConnectProviderInOidcFederation4MutationVariables = Exact<{ [key: string]: never; }>;


export type CreateOpenIdConnectProviderInOidcFederation4Mutation = { createOpenIdConnectProvider: { openIdConnectProviderArn: string } | null };

export type AssumeRoleWithWebIdentityInOidcSlowIssuerMutationVariables = Exact<{
  input: AssumeRoleWithWebIdentityInput;
}>;


export type AssumeRoleWithWebIdentityInOidcSlowIssuerMutation = { assumeRoleWithWebIdentity: { credentials: { sessionToken: string }, assumedRoleUser: { arn: string } } | null };

export type CreateUserInOidcSlowIssuerMutationVariables = Exact<{
  n: string;
}>;


export type CreateUserInOidcSlowIssuerMutation = { createUser: { user: { userName: string } } | null };

export type CreateThreeUsersMutationVariables = Exact<{
  a: string;
  b: string;
  c: string;
}>;


export type CreateThreeUsersMutation = { a: { user: { userName: string } } | null, b: { user: { userName: string } } | null, c: { user: { userName: string } } | null };

export type CreatePolicyInPoliciesManagedMutationVariables = Exact<{
  i: CreatePolicyInput;
}>;


export type CreatePolicyInPoliciesManagedMutation = { createPolicy: { policy: { arn: string, policyName: string, defaultVersionId: string } } | null };

export type PoliciesInPoliciesManagedQueryVariables = Exact<{ [key: string]: never; }>;


export type PoliciesInPoliciesManagedQuery = { policies: { edges: Array<{ node: { arn: string, defaultVersionId: string, attachmentCount: number, defaultVersion: { document: string } | null } }> } | null };

export type UserInPoliciesManagedQueryVariables = Exact<{ [key: string]: never; }>;


export type UserInPoliciesManagedQuery = { user: { attachedManagedPolicies: Array<{ policyArn: string }> | null } | null };

export type CreatePolicyVersionInPoliciesManagedMutationVariables = Exact<{
  i: CreatePolicyVersionInput;
}>;


export type CreatePolicyVersionInPoliciesManagedMutation = { createPolicyVersion: { policyVersion: { versionId: string, isDefaultVersion: boolean } } | null };

export type PolicyInPoliciesManagedQueryVariables = Exact<{
  a: string;
}>;


export type PolicyInPoliciesManagedQuery = { policy: { versions: Array<{ versionId: string, isDefaultVersion: boolean }> | null } | null };

export type PolicyInPoliciesManaged2QueryVariables = Exact<{
  a: string;
}>;


export type PolicyInPoliciesManaged2Query = { policy: { attachmentCount: number } | null };

export type AttachUserPolicyInPoliciesManagedMutationVariables = Exact<{
  i: AttachUserPolicyInput;
}>;


export type AttachUserPolicyInPoliciesManagedMutation = { attachUserPolicy: { user: { attachedManagedPolicies: Array<{ policyArn: string }> | null } } | null };

export type PutUserPolicyInPoliciesManagedMutationVariables = Exact<{
  i: PutUserPolicyInput;
}>;


export type PutUserPolicyInPoliciesManagedMutation = { putUserPolicy: { user: { inlinePolicies: Array<{ policyName: string }> | null } } | null };

export type PoliciesInPoliciesManaged2QueryVariables = Exact<{
  p: string;
}>;


export type PoliciesInPoliciesManaged2Query = { policies: { edges: Array<{ node: { arn: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type PoliciesInPoliciesManaged3QueryVariables = Exact<{
  p: string;
  a?: string | null | undefined;
}>;


export type PoliciesInPoliciesManaged3Query = { policies: { edges: Array<{ node: { arn: string } }> } | null };

export type PoliciesInPoliciesManaged4QueryVariables = Exact<{
  p: string;
}>;


export type PoliciesInPoliciesManaged4Query = { policies: { edges: Array<{ node: { arn: string } }> } | null };

export type SimulateCustomPolicyQueryVariables = Exact<{
  i: SimulateCustomPolicyInput;
}>;


export type SimulateCustomPolicyQuery = { simulateCustomPolicy: { evaluationResults: Array<{ evalResourceName: string, evalDecision: EvalDecision }> } | null };

export type SimulatePrincipalPolicyInPolicyFailClosedQueryVariables = Exact<{
  i: SimulatePrincipalPolicyInput;
}>;


export type SimulatePrincipalPolicyInPolicyFailClosedQuery = { simulatePrincipalPolicy: { evaluationResults: Array<{ evalDecision: EvalDecision }> } | null };

export type EffectivePermissionsInPolicyFailClosedQueryVariables = Exact<{
  a: string;
}>;


export type EffectivePermissionsInPolicyFailClosedQuery = { effectivePermissions: { statements: Array<{ sid: string | null, effect: Effect, source: { policyArn: string | null } }> } | null };

export type PolicySourceFieldsFragment = { type: PolicySourceType, policyId: string, policyArn: string | null, policyName: string | null, versionId: string | null, viaGroup: string | null, statementIndex: number | null };

export type ValidatePolicySourcesQueryVariables = Exact<{
  d: string;
}>;


export type ValidatePolicySourcesQuery = { validatePolicy: { findings: Array<{ issueCode: string, path: string, policySource: { type: PolicySourceType, policyId: string, policyArn: string | null, policyName: string | null, versionId: string | null, viaGroup: string | null, statementIndex: number | null } }> } | null };

export type ValidateTrustPolicySourcesQueryVariables = Exact<{
  d: string;
}>;


export type ValidateTrustPolicySourcesQuery = { validatePolicy: { findings: Array<{ policySource: { type: PolicySourceType, policyId: string, policyArn: string | null, policyName: string | null, versionId: string | null, viaGroup: string | null, statementIndex: number | null } }> } | null };

export type EffectivePermissionsPolicySourcesQueryVariables = Exact<{
  a: string;
}>;


export type EffectivePermissionsPolicySourcesQuery = { effectivePermissions: { statements: Array<{ sid: string | null, source: { policyType: StatementSourceType }, policySource: { type: PolicySourceType, policyId: string, policyArn: string | null, policyName: string | null, versionId: string | null, viaGroup: string | null, statementIndex: number | null } }> } | null };

export type SimulatePrincipalPolicySourcesQueryVariables = Exact<{
  a: string;
}>;


export type SimulatePrincipalPolicySourcesQuery = { simulatePrincipalPolicy: { evaluationResults: Array<{ evalActionName: string, evalDecision: EvalDecision, matchedStatements: Array<{ sourcePolicyId: string, sourcePolicyType: PolicySourceType, policySource: { type: PolicySourceType, policyId: string, policyArn: string | null, policyName: string | null, versionId: string | null, viaGroup: string | null, statementIndex: number | null } }> }> } | null };

export type EffectivePermissionsViaGroupQueryVariables = Exact<{
  a: string;
}>;


export type EffectivePermissionsViaGroupQuery = { effectivePermissions: { statements: Array<{ source: { viaGroup: string | null }, policySource: { policyArn: string | null, viaGroup: string | null } }> } | null };

export type SimulateViaGroupQueryVariables = Exact<{
  a: string;
}>;


export type SimulateViaGroupQuery = { simulatePrincipalPolicy: { evaluationResults: Array<{ evalDecision: EvalDecision, matchedStatements: Array<{ policySource: { policyArn: string | null, viaGroup: string | null } }> }> } | null };

export type SimulateCustomPolicySourcesQueryVariables = Exact<{
  d: string;
}>;


export type SimulateCustomPolicySourcesQuery = { simulateCustomPolicy: { evaluationResults: Array<{ matchedStatements: Array<{ policySource: { type: PolicySourceType, policyId: string, policyArn: string | null, policyName: string | null, versionId: string | null, viaGroup: string | null, statementIndex: number | null } }> }> } | null };

export type UpdateUserInStoreRacesMutationVariables = Exact<{
  i: UpdateUserInput;
}>;


export type UpdateUserInStoreRacesMutation = { updateUser: { user: { userName: string, path: string } } | null };

export type CreateGroupInStoreRacesMutationVariables = Exact<{
  i: CreateGroupInput;
}>;


export type CreateGroupInStoreRacesMutation = { createGroup: { group: { groupName: string } } | null };

export type DeleteGroupInStoreRacesMutationVariables = Exact<{
  i: DeleteGroupInput;
}>;


export type DeleteGroupInStoreRacesMutation = { deleteGroup: { groupName: string } | null };

export type AddUserToGroupInStoreRacesMutationVariables = Exact<{
  i: AddUserToGroupInput;
}>;


export type AddUserToGroupInStoreRacesMutation = { addUserToGroup: { group: { groupName: string } } | null };

export type PolicyInPolicyVersionRacesQueryVariables = Exact<{
  a: string;
}>;


export type PolicyInPolicyVersionRacesQuery = { policy: { defaultVersionId: string, defaultVersion: { versionId: string } | null } | null };

export type EffectivePolicyNamesOnReplicaQueryVariables = Exact<{
  a: string;
}>;


export type EffectivePolicyNamesOnReplicaQuery = { effectivePermissions: { statements: Array<{ source: { policyName: string } }> } | null };

export type PutStoredResourcePolicyMutationVariables = Exact<{
  i: PutResourcePolicyInput;
}>;


export type PutStoredResourcePolicyMutation = { putResourcePolicy: { resourcePolicy: { resourceArn: string, policyDocument: string, createDate: string, updateDate: string } } | null };

export type GetStoredResourcePolicyQueryVariables = Exact<{
  arn: string;
}>;


export type GetStoredResourcePolicyQuery = { resourcePolicy: { resourceArn: string, policyDocument: string, createDate: string, updateDate: string } | null };

export type DeleteStoredResourcePolicyMutationVariables = Exact<{
  i: DeleteResourcePolicyInput;
}>;


export type DeleteStoredResourcePolicyMutation = { deleteResourcePolicy: { resourceArn: string } | null };

export type DecideWithStoredResourcePolicyQueryVariables = Exact<{
  i: IsAuthorizedInput;
}>;


export type DecideWithStoredResourcePolicyQuery = { isAuthorized: { decision: EvalDecision, matchedStatements: Array<{ sid: string | null, policySource: { type: PolicySourceType, policyArn: string | null } }> } };

export type StoredResourcePolicyAuditQueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type StoredResourcePolicyAuditQuery = { auditEvents: { edges: Array<{ node: { action: string, resourceArn: string | null, outcome: AuditOutcome, errorCode: string | null, principalArn: string | null } }> } | null };

export type RoleFieldsFragment = { roleName: string, roleId: string, arn: string, path: string, description: string | null, maxSessionDuration: number, assumeRolePolicyDocument: string, createDate: string, tags: Array<{ key: string, value: string }> };

export type CreateRoleWithFieldsMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type CreateRoleWithFieldsMutation = { createRole: { role: { roleName: string, roleId: string, arn: string, path: string, description: string | null, maxSessionDuration: number, assumeRolePolicyDocument: string, createDate: string, tags: Array<{ key: string, value: string }> } } | null };

export type RoleWithFieldsQueryVariables = Exact<{
  n: string;
}>;


export type RoleWithFieldsQuery = { role: { roleName: string, roleId: string, arn: string, path: string, description: string | null, maxSessionDuration: number, assumeRolePolicyDocument: string, createDate: string, tags: Array<{ key: string, value: string }> } | null };

export type RoleQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleQuery = { role: { arn: string } | null };

export type UpdateRoleMutationVariables = Exact<{
  i: UpdateRoleInput;
}>;


export type UpdateRoleMutation = { updateRole: { role: { description: string | null, maxSessionDuration: number } } | null };

export type UpdateAssumeRolePolicyMutationVariables = Exact<{
  i: UpdateAssumeRolePolicyInput;
}>;


export type UpdateAssumeRolePolicyMutation = { updateAssumeRolePolicy: { role: { assumeRolePolicyDocument: string } } | null };

export type TagRoleMutationVariables = Exact<{
  i: TagRoleInput;
}>;


export type TagRoleMutation = { tagRole: { role: { tags: Array<{ key: string, value: string }> } } | null };

export type UntagRoleMutationVariables = Exact<{
  i: UntagRoleInput;
}>;


export type UntagRoleMutation = { untagRole: { role: { tags: Array<{ key: string }> } } | null };

export type RolesQueryVariables = Exact<{
  p?: string | null | undefined;
  a?: string | null | undefined;
}>;


export type RolesQuery = { roles: { edges: Array<{ node: { roleName: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type RolesInRolesCrudQueryVariables = Exact<{ [key: string]: never; }>;


export type RolesInRolesCrudQuery = { roles: { edges: Array<{ node: { roleName: string } }> } | null };

export type CreateRoleInRolesPoliciesMutationVariables = Exact<{
  i: CreateRoleInput;
}>;


export type CreateRoleInRolesPoliciesMutation = { createRole: { role: { roleName: string, arn: string } } | null };

export type RoleInRolesPoliciesQueryVariables = Exact<{
  n: string;
}>;


export type RoleInRolesPoliciesQuery = { role: { attachedManagedPolicies: Array<{ policyName: string, policyArn: string }> | null, inlinePolicies: Array<{ policyName: string, policyDocument: string }> | null, permissionsBoundary: { permissionsBoundaryType: string, permissionsBoundaryArn: string } | null, effectivePermissions: { principalArn: string, statements: Array<{ sid: string | null, effect: Effect, actions: Array<string> | null, source: { policyArn: string | null, policyName: string, policyType: StatementSourceType } }> } | null } | null };

export type DeleteRolePermissionsBoundaryMutationVariables = Exact<{
  n: string;
}>;


export type DeleteRolePermissionsBoundaryMutation = { deleteRolePermissionsBoundary: { role: { permissionsBoundary: { permissionsBoundaryArn: string } | null } } | null };

export type RoleInRolesPolicies2QueryVariables = Exact<{
  r: string;
}>;


export type RoleInRolesPolicies2Query = { role: { attachedManagedPolicies: Array<{ policyArn: string }> | null } | null };

export type RoleInRolesRacesQueryVariables = Exact<{
  n: string;
}>;


export type RoleInRolesRacesQuery = { role: { description: string | null, maxSessionDuration: number } | null };

export type CreateOpenIdConnectProviderInRolesRacesMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateOpenIdConnectProviderInRolesRacesMutation = { createOpenIdConnectProvider: { openIdConnectProviderArn: string } | null };

export type RolesInRolesRacesQueryVariables = Exact<{ [key: string]: never; }>;


export type RolesInRolesRacesQuery = { roles: { edges: Array<{ node: { roleName: string } }> } | null };

export type LogoutInSessionCacheMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutInSessionCacheMutation = { logout: { ok: boolean } | null };

export type SessionIdsInSessionCacheQueryVariables = Exact<{
  u: string;
}>;


export type SessionIdsInSessionCacheQuery = { sessions: Array<{ id: string }> };

export type RevokeSessionInSessionCacheMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeSessionInSessionCacheMutation = { revokeSession: { sessionId: string } | null };

export type UpdateAccessKeyInSessionCacheMutationVariables = Exact<{
  i: UpdateAccessKeyInput;
}>;


export type UpdateAccessKeyInSessionCacheMutation = { updateAccessKey: { accessKey: { status: AccessKeyStatus } } | null };

export type MeInFoundationQueryVariables = Exact<{ [key: string]: never; }>;


export type MeInFoundationQuery = { me:
    | { arn: string }
    | { userName: string, arn: string }
   | null };

export type LoginInFoundation2MutationVariables = Exact<{
  p: string;
}>;


export type LoginInFoundation2Mutation = { login: { session: { token: string | null } | null } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { ok: boolean } | null };

export type SimulateCustomPolicyInSimulatePoliciesQueryVariables = Exact<{
  i: SimulateCustomPolicyInput;
}>;


export type SimulateCustomPolicyInSimulatePoliciesQuery = { simulateCustomPolicy: { isTruncated: boolean, evaluationResults: Array<{ evalActionName: string, evalResourceName: string, evalDecision: EvalDecision, missingContextValues: Array<string>, allowedByPermissionsBoundary: boolean | null, explanation: string, matchedStatements: Array<{ sourcePolicyId: string, sourcePolicyType: PolicySourceType, statementIndex: number, sid: string | null, effect: Effect }> }> } | null };

export type PutGroupPolicyMutationVariables = Exact<{
  i: PutGroupPolicyInput;
}>;


export type PutGroupPolicyMutation = { putGroupPolicy: { group: { groupName: string } } | null };

export type SimulatePrincipalPolicyInSimulatePoliciesQueryVariables = Exact<{
  i: SimulatePrincipalPolicyInput;
}>;


export type SimulatePrincipalPolicyInSimulatePoliciesQuery = { simulatePrincipalPolicy: { evaluationResults: Array<{ evalActionName: string, evalDecision: EvalDecision, matchedStatements: Array<{ sourcePolicyId: string, sourcePolicyType: PolicySourceType, sid: string | null, effect: Effect }> }> } | null };

export type GroupEffectivePermissionsQueryVariables = Exact<{
  g: string;
}>;


export type GroupEffectivePermissionsQuery = { group: { effectivePermissions: { statements: Array<{ sid: string | null, effect: Effect, source: { policyType: StatementSourceType, viaGroup: string | null } }> } | null } | null };

export type ValidatePolicyInSimulatePoliciesQueryVariables = Exact<{
  d: string;
}>;


export type ValidatePolicyInSimulatePoliciesQuery = { validatePolicy: { valid: boolean, findings: Array<{ findingType: FindingType, issueCode: string, path: string }> } | null };

export type SimulateCustomPolicyWithResourcePolicyQueryVariables = Exact<{
  i: SimulateCustomPolicyInput;
}>;


export type SimulateCustomPolicyWithResourcePolicyQuery = { simulateCustomPolicy: { evaluationResults: Array<{ evalResourceName: string, evalDecision: EvalDecision, explanation: string, matchedStatements: Array<{ sid: string | null, effect: Effect, policySource: { type: PolicySourceType, policyId: string } }> }> } | null };

export type SimulatePrincipalPolicyWithResourcePolicyQueryVariables = Exact<{
  i: SimulatePrincipalPolicyInput;
}>;


export type SimulatePrincipalPolicyWithResourcePolicyQuery = { simulatePrincipalPolicy: { evaluationResults: Array<{ evalDecision: EvalDecision, explanation: string }> } | null };

export type ValidateResourcePolicyQueryVariables = Exact<{
  d: string;
}>;


export type ValidateResourcePolicyQuery = { validatePolicy: { valid: boolean, findings: Array<{ findingType: FindingType, issueCode: string, path: string }> } | null };

export type SimulateCustomPolicyInSimulateBoundsQueryVariables = Exact<{
  i: SimulateCustomPolicyInput;
}>;


export type SimulateCustomPolicyInSimulateBoundsQuery = { simulateCustomPolicy: { evaluationResults: Array<{ evalActionName: string, evalResourceName: string, evalDecision: EvalDecision }> } | null };

export type SimulatePrincipalPolicyInSimulateBoundsQueryVariables = Exact<{
  i: SimulatePrincipalPolicyInput;
}>;


export type SimulatePrincipalPolicyInSimulateBoundsQuery = { simulatePrincipalPolicy: { evaluationResults: Array<{ evalActionName: string, evalDecision: EvalDecision }> } | null };

export type ValidatePolicyQueryVariables = Exact<{
  d: string;
}>;


export type ValidatePolicyQuery = { validatePolicy: { valid: boolean } | null };

export type SimulatePrincipalPolicyInSimulateAgreeApiQueryVariables = Exact<{
  i: SimulatePrincipalPolicyInput;
}>;


export type SimulatePrincipalPolicyInSimulateAgreeApiQuery = { simulatePrincipalPolicy: { evaluationResults: Array<{ evalActionName: string, evalResourceName: string, evalDecision: EvalDecision, explanation: string, matchedStatements: Array<{ sid: string | null }> }> } | null };

export type SimulateCustomPolicyInSimulateAgreeApiQueryVariables = Exact<{
  i: SimulateCustomPolicyInput;
}>;


export type SimulateCustomPolicyInSimulateAgreeApiQuery = { simulateCustomPolicy: { evaluationResults: Array<{ evalActionName: string, evalResourceName: string, evalDecision: EvalDecision, explanation: string }> } | null };

export type MeInSimulateAgreeApiQueryVariables = Exact<{ [key: string]: never; }>;


export type MeInSimulateAgreeApiQuery = { me:
    | { userName: string }
    | Record<PropertyKey, never>
   | null };

export type CreateRoleInStsAssumeRoleMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type CreateRoleInStsAssumeRoleMutation = { createRole: { role: { roleName: string, roleId: string, arn: string } } | null };

export type MeInStsAssumeRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type MeInStsAssumeRoleQuery = { me:
    | { assumedRoleId: string, roleArn: string, roleName: string, roleSessionName: string, expiration: string, arn: string, userId: string }
    | { arn: string, userId: string }
   | null };

export type AuditEventsInStsAssumeRoleQueryVariables = Exact<{
  p?: string | null | undefined;
}>;


export type AuditEventsInStsAssumeRoleQuery = { auditEvents: { edges: Array<{ node: { action: string, resourceArn: string | null, outcome: AuditOutcome } }> } | null };

export type AuditEventsInStsInputBoundsQueryVariables = Exact<{
  p?: string | null | undefined;
}>;


export type AuditEventsInStsInputBoundsQuery = { auditEvents: { edges: Array<{ node: { resourceArn: string | null, outcome: AuditOutcome } }> } | null };

export type AssumeRoleWithWebIdentityInStsInputBoundsMutationVariables = Exact<{
  i: AssumeRoleWithWebIdentityInput;
}>;


export type AssumeRoleWithWebIdentityInStsInputBoundsMutation = { assumeRoleWithWebIdentity: { assumedRoleUser: { arn: string } } | null };

export type CreateVirtualMfaDeviceInStsMfaMutationVariables = Exact<{
  n: string;
}>;


export type CreateVirtualMfaDeviceInStsMfaMutation = { createVirtualMfaDevice: { virtualMfaDevice: { serialNumber: string, base32StringSeed: string } } | null };

export type EnableMfaDeviceMutationVariables = Exact<{
  i: EnableMfaDeviceInput;
}>;


export type EnableMfaDeviceMutation = { enableMfaDevice: { mfaDevice: { serialNumber: string } } | null };

export type LoginInStsMfaMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type LoginInStsMfaMutation = { login: { status: LoginStatus, mfaChallenge: { token: string } | null } | null };

export type SimulatePrincipalPolicyInStsRoleChainingQueryVariables = Exact<{
  i: SimulatePrincipalPolicyInput;
}>;


export type SimulatePrincipalPolicyInStsRoleChainingQuery = { simulatePrincipalPolicy: { evaluationResults: Array<{ evalActionName: string, evalResourceName: string, evalDecision: EvalDecision, explanation: string, matchedStatements: Array<{ sourcePolicyType: PolicySourceType, effect: Effect }> }> } | null };

export type TagUserInTagRacesMutationVariables = Exact<{
  n: string;
  t: Array<TagInput> | TagInput;
}>;


export type TagUserInTagRacesMutation = { tagUser: { user: { userName: string } } | null };

export type UntagUserInTagRacesMutationVariables = Exact<{
  n: string;
  k: Array<string> | string;
}>;


export type UntagUserInTagRacesMutation = { untagUser: { user: { userName: string } } | null };

export type UserInTagRacesQueryVariables = Exact<{
  n: string;
}>;


export type UserInTagRacesQuery = { user: { tags: Array<{ key: string, value: string }> } | null };

export type TagRoleInTagRacesMutationVariables = Exact<{
  n: string;
  t: Array<TagInput> | TagInput;
}>;


export type TagRoleInTagRacesMutation = { tagRole: { role: { roleName: string } } | null };

export type UntagRoleInTagRacesMutationVariables = Exact<{
  n: string;
  k: Array<string> | string;
}>;


export type UntagRoleInTagRacesMutation = { untagRole: { role: { roleName: string } } | null };

export type RoleInTagRacesQueryVariables = Exact<{
  n: string;
}>;


export type RoleInTagRacesQuery = { role: { tags: Array<{ key: string, value: string }> } | null };

export type UpdateUserInTrustIdentitiesMutationVariables = Exact<{
  i: UpdateUserInput;
}>;


export type UpdateUserInTrustIdentitiesMutation = { updateUser: { user: { userName: string } } | null };

export type CreateUserInTrustIdentitiesMutationVariables = Exact<{
  i: CreateUserInput;
}>;


export type CreateUserInTrustIdentitiesMutation = { createUser: { user: { userName: string } } | null };

export type UserInTrustIdentitiesQueryVariables = Exact<{
  n: string;
}>;


export type UserInTrustIdentitiesQuery = { user: { userId: string } | null };

export type CreateRoleInTrustIdentitiesMutationVariables = Exact<{
  i: CreateRoleInput;
}>;


export type CreateRoleInTrustIdentitiesMutation = { createRole: { role: { roleId: string, arn: string } } | null };

export type ValidatePolicyInTrustIdentitiesQueryVariables = Exact<{
  d: string;
}>;


export type ValidatePolicyInTrustIdentitiesQuery = { validatePolicy: { valid: boolean, findings: Array<{ findingType: FindingType, issueCode: string, path: string }> } | null };

export type UserInUserCacheQueryVariables = Exact<{
  n: string;
}>;


export type UserInUserCacheQuery = { user: { arn: string, path: string, tags: Array<{ key: string, value: string }> } | null };

export type MoveUserInUserCacheMutationVariables = Exact<{
  n: string;
  p: string;
}>;


export type MoveUserInUserCacheMutation = { updateUser: { user: { path: string } } | null };

export type PasswordLastUsedInUserCacheQueryVariables = Exact<{
  n: string;
}>;


export type PasswordLastUsedInUserCacheQuery = { user: { passwordLastUsed: string | null } | null };

export type EffectiveByArnInUserCacheQueryVariables = Exact<{
  a: string;
}>;


export type EffectiveByArnInUserCacheQuery = { effectivePermissions: { principalArn: string } | null };

export type CreateUserInFoundationMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateUserInFoundationMutation = { createUser: { user: { arn: string } } | null };

export type UserInFoundationQueryVariables = Exact<{ [key: string]: never; }>;


export type UserInFoundationQuery = { user: { arn: string } | null };

export type UsersInUsersQueryVariables = Exact<{
  p?: string | null | undefined;
  a?: string | null | undefined;
}>;


export type UsersInUsersQuery = { users: { edges: Array<{ node: { userName: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type UsersInUsers2QueryVariables = Exact<{ [key: string]: never; }>;


export type UsersInUsers2Query = { users: { edges: Array<{ cursor: string }> } | null };

export type UsersInUsers3QueryVariables = Exact<{ [key: string]: never; }>;


export type UsersInUsers3Query = { users: { edges: Array<{ cursor: string }> } | null };

export type UpdateUserInUsersMutationVariables = Exact<{
  u: string;
  n: string;
}>;


export type UpdateUserInUsersMutation = { updateUser: { user: { arn: string, userId: string } } | null };

export type UserInUsersQueryVariables = Exact<{
  u: string;
}>;


export type UserInUsersQuery = { user: { arn: string } | null };

export type TagUserInUsersMutationVariables = Exact<{
  u: string;
}>;


export type TagUserInUsersMutation = { tagUser: { user: { tags: Array<{ key: string, value: string }> } } | null };

export type UntagUserInUsersMutationVariables = Exact<{
  u: string;
}>;


export type UntagUserInUsersMutation = { untagUser: { user: { tags: Array<{ key: string }> } } | null };

export type TagUserInUsers2MutationVariables = Exact<{
  u: string;
  t: Array<TagInput> | TagInput;
}>;


export type TagUserInUsers2Mutation = { tagUser: { user: { userName: string } } | null };

export type TagUserInUsers3MutationVariables = Exact<{
  u: string;
}>;


export type TagUserInUsers3Mutation = { tagUser: { user: { userName: string } } | null };

export type CreateLoginProfileInUsersMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type CreateLoginProfileInUsersMutation = { createLoginProfile: { loginProfile: { userName: string, createDate: string } } | null };

export type DeleteLoginProfileInUsersMutationVariables = Exact<{
  u: string;
}>;


export type DeleteLoginProfileInUsersMutation = { deleteLoginProfile: { userName: string } | null };

export type CreateLoginProfileInUsers2MutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type CreateLoginProfileInUsers2Mutation = { createLoginProfile: { loginProfile: { userName: string } } | null };

export type UsersInUsers4QueryVariables = Exact<{ [key: string]: never; }>;


export type UsersInUsers4Query = { users: { edges: Array<{ cursor: string }> } | null };

export type CreateUserInUsersMutationVariables = Exact<{
  n: string;
}>;


export type CreateUserInUsersMutation = { createUser: { user: { permissionsBoundary: { permissionsBoundaryArn: string, permissionsBoundaryType: string } | null } } | null };

export type CreateUserInUsers2MutationVariables = Exact<{
  n: string;
}>;


export type CreateUserInUsers2Mutation = { createUser: { user: { arn: string } } | null };

export type DeactivateInPasskeyTestsMutationVariables = Exact<{
  i: DeactivateMfaDeviceInput;
}>;


export type DeactivateInPasskeyTestsMutation = { deactivateMfaDevice: { serialNumber: string } | null };

export type DeactivateInWebAuthnTestsMutationVariables = Exact<{
  i: DeactivateMfaDeviceInput;
}>;


export type DeactivateInWebAuthnTestsMutation = { deactivateMfaDevice: { serialNumber: string } | null };

export type AuditEventsInWebAuthnTestsQueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type AuditEventsInWebAuthnTestsQuery = { auditEvents: { edges: Array<{ node: { action: string, resourceArn: string | null, outcome: AuditOutcome } }> } | null };

export type RespondEitherInWebAuthnTestsMutationVariables = Exact<{
  t: string;
  c?: string | null | undefined;
  r?: string | null | undefined;
}>;


export type RespondEitherInWebAuthnTestsMutation = { respondToMfaChallenge: { status: LoginStatus } | null };

export type CreateUserInFactoriesMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserInFactoriesMutation = { createUser: { user: { userName: string, userId: string, arn: string, path: string } } | null };

export type CreateLoginProfileInFactoriesMutationVariables = Exact<{
  input: CreateLoginProfileInput;
}>;


export type CreateLoginProfileInFactoriesMutation = { createLoginProfile: { loginProfile: { userName: string } } | null };

export type AssumeRoleForSessionMutationVariables = Exact<{
  input: AssumeRoleInput;
}>;


export type AssumeRoleForSessionMutation = { assumeRole: { credentials: { sessionToken: string, expiration: string }, assumedRoleUser: { arn: string, assumedRoleId: string } } | null };

export type CreateRoleInIamFixturesMutationVariables = Exact<{
  i: CreateRoleInput;
}>;


export type CreateRoleInIamFixturesMutation = { createRole: { role: { roleName: string, roleId: string, arn: string } } | null };

export type LoginInMfaMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type LoginInMfaMutation = { login: { status: LoginStatus, session: { token: string | null, expiresAt: string, mfaAuthenticated: boolean } | null, mfaChallenge: { token: string, expiresAt: string } | null } | null };

export type CreateVirtualMfaDeviceInMfaMutationVariables = Exact<{
  n: string;
}>;


export type CreateVirtualMfaDeviceInMfaMutation = { createVirtualMfaDevice: { virtualMfaDevice: { serialNumber: string, base32StringSeed: string, otpauthUri: string, qrCodeSvg: string } } | null };

export type EnableMfaDeviceInMfaMutationVariables = Exact<{
  i: EnableMfaDeviceInput;
}>;


export type EnableMfaDeviceInMfaMutation = { enableMfaDevice: { recoveryCodes: Array<string> | null, mfaDevice: { serialNumber: string, userName: string, enableDate: string } } | null };

export type AccountPasswordPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountPasswordPolicyQuery = { accountPasswordPolicy: { minimumPasswordLength: number } | null };

export type AddUserToGroupMutationVariables = Exact<{
  i: AddUserToGroupInput;
}>;


export type AddUserToGroupMutation = { addUserToGroup: { user: { userName: string } } | null };

export type AssumeRoleSessionArnMutationVariables = Exact<{
  input: AssumeRoleInput;
}>;


export type AssumeRoleSessionArnMutation = { assumeRole: { credentials: { sessionToken: string }, assumedRoleUser: { arn: string } } | null };

export type AttachGroupPolicyMutationVariables = Exact<{
  i: AttachGroupPolicyInput;
}>;


export type AttachGroupPolicyMutation = { attachGroupPolicy: { group: { groupName: string } } | null };

export type AttachRolePolicyMutationVariables = Exact<{
  i: AttachRolePolicyInput;
}>;


export type AttachRolePolicyMutation = { attachRolePolicy: { role: { roleName: string } } | null };

export type AttachUserPolicyMutationVariables = Exact<{
  u: string;
}>;


export type AttachUserPolicyMutation = { attachUserPolicy: { user: { userName: string } } | null };

export type AttachUserPolicyByInputMutationVariables = Exact<{
  i: AttachUserPolicyInput;
}>;


export type AttachUserPolicyByInputMutation = { attachUserPolicy: { user: { userName: string } } | null };

export type ChangePasswordMutationVariables = Exact<{
  i: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { __typename: 'ChangePasswordPayload' } | null };

export type CreateAccessKeyMutationVariables = Exact<{
  u?: string | null | undefined;
}>;


export type CreateAccessKeyMutation = { createAccessKey: { accessKey: { accessKeyId: string, secretAccessKey: string } } | null };

export type CreateAccessKeyIdMutationVariables = Exact<{
  u: string;
}>;


export type CreateAccessKeyIdMutation = { createAccessKey: { accessKey: { accessKeyId: string } } | null };

export type CreateGroupMutationVariables = Exact<{
  i: CreateGroupInput;
}>;


export type CreateGroupMutation = { createGroup: { group: { arn: string } } | null };

export type CreateLoginProfileMutationVariables = Exact<{
  i: CreateLoginProfileInput;
}>;


export type CreateLoginProfileMutation = { createLoginProfile: { loginProfile: { userName: string } } | null };

export type CreateOidcProviderMutationVariables = Exact<{
  input: CreateOpenIdConnectProviderInput;
}>;


export type CreateOidcProviderMutation = { createOpenIdConnectProvider: { openIdConnectProviderArn: string } | null };

export type CreateOidcProviderForClientMutationVariables = Exact<{
  u: string;
  c: string;
}>;


export type CreateOidcProviderForClientMutation = { createOpenIdConnectProvider: { openIdConnectProviderArn: string } | null };

export type CreatePolicyMutationVariables = Exact<{
  i: CreatePolicyInput;
}>;


export type CreatePolicyMutation = { createPolicy: { policy: { arn: string } } | null };

export type CreatePolicyVersionMutationVariables = Exact<{
  i: CreatePolicyVersionInput;
}>;


export type CreatePolicyVersionMutation = { createPolicyVersion: { policyVersion: { versionId: string } } | null };

export type CreateRoleMutationVariables = Exact<{
  i: CreateRoleInput;
}>;


export type CreateRoleMutation = { createRole: { role: { arn: string } } | null };

export type CreateRoleNameMutationVariables = Exact<{
  i: CreateRoleInput;
}>;


export type CreateRoleNameMutation = { createRole: { role: { roleName: string } } | null };

export type CreateRoleArnMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type CreateRoleArnMutation = { createRole: { role: { arn: string } } | null };

export type CreateUserMutationVariables = Exact<{
  n: string;
}>;


export type CreateUserMutation = { createUser: { user: { arn: string } } | null };

export type CreateUserArnMutationVariables = Exact<{
  i: CreateUserInput;
}>;


export type CreateUserArnMutation = { createUser: { user: { arn: string } } | null };

export type DeleteGroupMutationVariables = Exact<{
  g: string;
}>;


export type DeleteGroupMutation = { deleteGroup: { groupName: string } | null };

export type DeleteLoginProfileByInputMutationVariables = Exact<{
  i: DeleteLoginProfileInput;
}>;


export type DeleteLoginProfileByInputMutation = { deleteLoginProfile: { userName: string } | null };

export type DeleteOpenIdConnectProviderMutationVariables = Exact<{
  a: string;
}>;


export type DeleteOpenIdConnectProviderMutation = { deleteOpenIdConnectProvider: { openIdConnectProviderArn: string } | null };

export type DeletePolicyMutationVariables = Exact<{
  i: DeletePolicyInput;
}>;


export type DeletePolicyMutation = { deletePolicy: { policyArn: string } | null };

export type DeletePolicyVersionMutationVariables = Exact<{
  i: DeletePolicyVersionInput;
}>;


export type DeletePolicyVersionMutation = { deletePolicyVersion: { policy: { arn: string } } | null };

export type DeleteRoleMutationVariables = Exact<{
  n: string;
}>;


export type DeleteRoleMutation = { deleteRole: { roleName: string } | null };

export type DeleteRoleByInputMutationVariables = Exact<{
  i: DeleteRoleInput;
}>;


export type DeleteRoleByInputMutation = { deleteRole: { roleName: string } | null };

export type DeleteRolePolicyMutationVariables = Exact<{
  i: DeleteRolePolicyInput;
}>;


export type DeleteRolePolicyMutation = { deleteRolePolicy: { role: { roleName: string } } | null };

export type DeleteUserMutationVariables = Exact<{
  u: string;
}>;


export type DeleteUserMutation = { deleteUser: { userName: string } | null };

export type DeleteUserByInputMutationVariables = Exact<{
  i: DeleteUserInput;
}>;


export type DeleteUserByInputMutation = { deleteUser: { userName: string } | null };

export type DeleteUserPolicyMutationVariables = Exact<{
  i: DeleteUserPolicyInput;
}>;


export type DeleteUserPolicyMutation = { deleteUserPolicy: { user: { userName: string } } | null };

export type DeleteVirtualMfaDeviceMutationVariables = Exact<{
  s: string;
}>;


export type DeleteVirtualMfaDeviceMutation = { deleteVirtualMfaDevice: { serialNumber: string } | null };

export type DetachRolePolicyMutationVariables = Exact<{
  i: DetachRolePolicyInput;
}>;


export type DetachRolePolicyMutation = { detachRolePolicy: { role: { roleName: string } } | null };

export type DetachUserPolicyMutationVariables = Exact<{
  i: DetachUserPolicyInput;
}>;


export type DetachUserPolicyMutation = { detachUserPolicy: { user: { userName: string } } | null };

export type EffectivePermissionsPrincipalQueryVariables = Exact<{
  a: string;
}>;


export type EffectivePermissionsPrincipalQuery = { effectivePermissions: { principalArn: string } | null };

export type GenerateRecoveryCodesForMutationVariables = Exact<{
  u?: string | null | undefined;
}>;


export type GenerateRecoveryCodesForMutation = { generateRecoveryCodes: { recoveryCodes: Array<string> } | null };

export type GetSessionTokenMutationVariables = Exact<{
  i: GetSessionTokenInput;
}>;


export type GetSessionTokenMutation = { getSessionToken: { credentials: { sessionToken: string } } | null };

export type LoginSessionMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type LoginSessionMutation = { login: { session: { token: string | null } | null } | null };

export type LoginStatusAndSessionMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type LoginStatusAndSessionMutation = { login: { status: LoginStatus, session: { token: string | null } | null } | null };

export type LoginStatusMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type LoginStatusMutation = { login: { status: LoginStatus } | null };

export type LoginWithSessionDeliveryMutationVariables = Exact<{
  u: string;
  p: string;
  d?: SessionDelivery | null | undefined;
}>;


export type LoginWithSessionDeliveryMutation = { login: { status: LoginStatus, session: { token: string | null, expiresAt: string, mfaAuthenticated: boolean } | null } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me:
    | { arn: string }
    | { arn: string }
   | null };

export type PoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type PoliciesQuery = { policies: { edges: Array<{ node: { arn: string } }> } | null };

export type PolicyQueryVariables = Exact<{
  a: string;
}>;


export type PolicyQuery = { policy: { arn: string } | null };

export type PutRolePermissionsBoundaryMutationVariables = Exact<{
  i: PutRolePermissionsBoundaryInput;
}>;


export type PutRolePermissionsBoundaryMutation = { putRolePermissionsBoundary: { role: { roleName: string } } | null };

export type PutRolePolicyMutationVariables = Exact<{
  i: PutRolePolicyInput;
}>;


export type PutRolePolicyMutation = { putRolePolicy: { role: { roleName: string } } | null };

export type PutUserPermissionsBoundaryMutationVariables = Exact<{
  i: PutUserPermissionsBoundaryInput;
}>;


export type PutUserPermissionsBoundaryMutation = { putUserPermissionsBoundary: { user: { userName: string } } | null };

export type PutUserPolicyMutationVariables = Exact<{
  i: PutUserPolicyInput;
}>;


export type PutUserPolicyMutation = { putUserPolicy: { user: { userName: string } } | null };

export type RespondToMfaChallengeMutationVariables = Exact<{
  t: string;
  c: string;
}>;


export type RespondToMfaChallengeMutation = { respondToMfaChallenge: { status: LoginStatus, session: { token: string | null, mfaAuthenticated: boolean } | null } | null };

export type RevokeRoleSessionsMutationVariables = Exact<{
  n: string;
}>;


export type RevokeRoleSessionsMutation = { revokeRoleSessions: { revokedCount: number } | null };

export type RevokeUserSessionsMutationVariables = Exact<{
  n: string;
}>;


export type RevokeUserSessionsMutation = { revokeUserSessions: { revokedCount: number } | null };

export type RoleTrustPolicyQueryVariables = Exact<{
  n: string;
}>;


export type RoleTrustPolicyQuery = { role: { assumeRolePolicyDocument: string } | null };

export type RoleArnQueryVariables = Exact<{
  n: string;
}>;


export type RoleArnQuery = { role: { arn: string } | null };

export type SetDefaultPolicyVersionMutationVariables = Exact<{
  i: SetDefaultPolicyVersionInput;
}>;


export type SetDefaultPolicyVersionMutation = { setDefaultPolicyVersion: { policy: { defaultVersionId: string } } | null };

export type SetDefaultPolicyVersionArnMutationVariables = Exact<{
  i: SetDefaultPolicyVersionInput;
}>;


export type SetDefaultPolicyVersionArnMutation = { setDefaultPolicyVersion: { policy: { arn: string } } | null };

export type TagUserMutationVariables = Exact<{
  i: TagUserInput;
}>;


export type TagUserMutation = { tagUser: { user: { userName: string } } | null };

export type TypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type TypenameQuery = { __typename: 'Query' };

export type UpdateTrustPolicyMutationVariables = Exact<{
  i: UpdateAssumeRolePolicyInput;
}>;


export type UpdateTrustPolicyMutation = { updateAssumeRolePolicy: { role: { roleName: string } } | null };

export type UpdateLoginProfileMutationVariables = Exact<{
  i: UpdateLoginProfileInput;
}>;


export type UpdateLoginProfileMutation = { updateLoginProfile: { loginProfile: { userName: string } } | null };

export type UpdateRoleNameMutationVariables = Exact<{
  i: UpdateRoleInput;
}>;


export type UpdateRoleNameMutation = { updateRole: { role: { roleName: string } } | null };

export type UserArnQueryVariables = Exact<{
  n: string;
}>;


export type UserArnQuery = { user: { arn: string } | null };

export type UserNameQueryVariables = Exact<{
  n: string;
}>;


export type UserNameQuery = { user: { userName: string } | null };

export type UserNameByNameQueryVariables = Exact<{
  n: string;
}>;


export type UserNameByNameQuery = { user: { userName: string } | null };

export type FirstUserCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstUserCursorQuery = { users: { edges: Array<{ cursor: string }> } | null };

export type FirstUserNameQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstUserNameQuery = { users: { edges: Array<{ node: { userName: string } }> } | null };

export type UserNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type UserNamesQuery = { users: { edges: Array<{ node: { userName: string } }> } | null };

export type AdminLoginMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type AdminLoginMutation = { login: { status: LoginStatus, session: { token: string | null } | null } | null };

export type CreateWebAuthnRegistrationOptionsInTestsMutationVariables = Exact<{
  i: CreateWebAuthnRegistrationOptionsInput;
}>;


export type CreateWebAuthnRegistrationOptionsInTestsMutation = { createWebAuthnRegistrationOptions: { optionsJson: string } | null };

export type CompleteWebAuthnRegistrationInTestsMutationVariables = Exact<{
  i: CompleteWebAuthnRegistrationInput;
}>;


export type CompleteWebAuthnRegistrationInTestsMutation = { completeWebAuthnRegistration: { recoveryCodes: Array<string> | null, mfaDevice: { serialNumber: string, type: MfaDeviceType, enableDate: string, userName: string, passkeySignIn: boolean } } | null };

export type LoginInWebAuthnTestsMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type LoginInWebAuthnTestsMutation = { login: { status: LoginStatus, session: { token: string | null, mfaAuthenticated: boolean } | null, mfaChallenge: { token: string, methods: Array<MfaMethod>, webAuthnOptionsJson: string | null } | null } | null };

export type RespondWithWebAuthnInTestsMutationVariables = Exact<{
  t: string;
  r: string;
}>;


export type RespondWithWebAuthnInTestsMutation = { respondToMfaChallenge: { status: LoginStatus, session: { token: string | null, mfaAuthenticated: boolean } | null } | null };

export type CreatePasskeySignInOptionsInTestsMutationVariables = Exact<{ [key: string]: never; }>;


export type CreatePasskeySignInOptionsInTestsMutation = { createPasskeySignInOptions: { challengeToken: string, optionsJson: string } | null };

export type CompletePasskeySignInInTestsMutationVariables = Exact<{
  i: CompletePasskeySignInInput;
}>;


export type CompletePasskeySignInInTestsMutation = { completePasskeySignIn: { status: LoginStatus, session: { token: string | null, mfaAuthenticated: boolean } | null, mfaChallenge: { token: string } | null } | null };

export type MfaDevicesInWebAuthnTestsQueryVariables = Exact<{
  n: string;
}>;


export type MfaDevicesInWebAuthnTestsQuery = { user: { mfaDevices: Array<{ serialNumber: string, type: MfaDeviceType, passkeySignIn: boolean }> | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PolicySourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment PolicySourceFields on PolicySource {
  type
  policyId
  policyArn
  policyName
  versionId
  viaGroup
  statementIndex
}
    `, {"fragmentName":"PolicySourceFields"}) as unknown as TypedDocumentString<PolicySourceFieldsFragment, unknown>;
export const RoleFieldsFragmentDoc = new TypedDocumentString(`
    fragment RoleFields on Role {
  roleName
  roleId
  arn
  path
  description
  maxSessionDuration
  assumeRolePolicyDocument
  createDate
  tags {
    key
    value
  }
}
    `, {"fragmentName":"RoleFields"}) as unknown as TypedDocumentString<RoleFieldsFragment, unknown>;
export const UpdateAccessKeyDocument = new TypedDocumentString(`
    mutation UpdateAccessKey($i: UpdateAccessKeyInput!) {
  updateAccessKey(input: $i) {
    accessKey {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateAccessKeyMutation, UpdateAccessKeyMutationVariables>;
export const DeleteAccessKeyDocument = new TypedDocumentString(`
    mutation DeleteAccessKey($i: DeleteAccessKeyInput!) {
  deleteAccessKey(input: $i) {
    accessKeyId
  }
}
    `) as unknown as TypedDocumentString<DeleteAccessKeyMutation, DeleteAccessKeyMutationVariables>;
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($a: String) {
  auditEvents(first: 100, action: $a) {
    edges {
      node {
        action
        resourceArn
        outcome
        errorCode
        principalArn
        sessionId
        roleSessionName
        accessKeyId
        webIdentitySubject
        webIdentityIssuer
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const AssumeRoleDocument = new TypedDocumentString(`
    mutation AssumeRole($i: AssumeRoleInput!) {
  assumeRole(input: $i) {
    credentials {
      sessionToken
    }
  }
}
    `) as unknown as TypedDocumentString<AssumeRoleMutation, AssumeRoleMutationVariables>;
export const AuditEventsInAuditIdentityDocument = new TypedDocumentString(`
    query AuditEventsInAuditIdentity($s: String) {
  auditEvents(first: 10, sessionId: $s) {
    edges {
      node {
        resourceArn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEventsInAuditIdentityQuery, AuditEventsInAuditIdentityQueryVariables>;
export const CreateOpenIdConnectProviderDocument = new TypedDocumentString(`
    mutation CreateOpenIdConnectProvider($i: CreateOpenIdConnectProviderInput!) {
  createOpenIdConnectProvider(input: $i) {
    openIdConnectProviderArn
  }
}
    `) as unknown as TypedDocumentString<CreateOpenIdConnectProviderMutation, CreateOpenIdConnectProviderMutationVariables>;
export const AssumeRoleWithWebIdentityDocument = new TypedDocumentString(`
    mutation AssumeRoleWithWebIdentity($i: AssumeRoleWithWebIdentityInput!) {
  assumeRoleWithWebIdentity(input: $i) {
    credentials {
      sessionToken
    }
  }
}
    `) as unknown as TypedDocumentString<AssumeRoleWithWebIdentityMutation, AssumeRoleWithWebIdentityMutationVariables>;
export const AuditEventsInAuditDocument = new TypedDocumentString(`
    query AuditEventsInAudit($a: String) {
  auditEvents(first: 20, action: $a) {
    edges {
      node {
        action
        resourceArn
        outcome
        errorCode
        principalArn
        requestId
        sourceIp
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEventsInAuditQuery, AuditEventsInAuditQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login {
  login(
    input: {userName: "surely-unknown-user", password: "Secret-typed-in-wrong-box"}
  ) {
    status
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const UpdateAccountPasswordPolicyDocument = new TypedDocumentString(`
    mutation UpdateAccountPasswordPolicy($i: UpdateAccountPasswordPolicyInput!) {
  updateAccountPasswordPolicy(input: $i) {
    passwordPolicy {
      allowUsersToChangePassword
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateAccountPasswordPolicyMutation, UpdateAccountPasswordPolicyMutationVariables>;
export const UsersInAuthzCacheDocument = new TypedDocumentString(`
    query UsersInAuthzCache($n: Int!, $p: String!) {
  users(first: $n, pathPrefix: $p) {
    edges {
      node {
        userName
        groups {
          edges {
            node {
              groupName
            }
          }
        }
        effectivePermissions {
          statements {
            effect
            actions
            source {
              policyName
              policyType
              viaGroup
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UsersInAuthzCacheQuery, UsersInAuthzCacheQueryVariables>;
export const EffectivePermissionsDocument = new TypedDocumentString(`
    query EffectivePermissions($a: String!) {
  effectivePermissions(principalArn: $a) {
    principalArn
    statements {
      source {
        policyArn
        policyType
        versionId
        statementIndex
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EffectivePermissionsQuery, EffectivePermissionsQueryVariables>;
export const UserInAuthzNestedFieldsDocument = new TypedDocumentString(`
    query UserInAuthzNestedFields {
  user(userName: "admin") {
    userName
    accessKeys {
      accessKeyId
    }
    mfaDevices {
      serialNumber
    }
    loginProfile {
      createDate
    }
    groups {
      edges {
        cursor
      }
    }
    attachedManagedPolicies {
      policyArn
    }
    inlinePolicies {
      policyName
    }
    effectivePermissions {
      principalArn
    }
  }
}
    `) as unknown as TypedDocumentString<UserInAuthzNestedFieldsQuery, UserInAuthzNestedFieldsQueryVariables>;
export const CreateGroupInAuthzNestedFieldsDocument = new TypedDocumentString(`
    mutation CreateGroupInAuthzNestedFields($g: String!) {
  createGroup(input: {groupName: $g}) {
    group {
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<CreateGroupInAuthzNestedFieldsMutation, CreateGroupInAuthzNestedFieldsMutationVariables>;
export const AddUserToGroupInAuthzNestedFieldsDocument = new TypedDocumentString(`
    mutation AddUserToGroupInAuthzNestedFields($g: String!, $u: String!) {
  addUserToGroup(input: {groupName: $g, userName: $u}) {
    group {
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<AddUserToGroupInAuthzNestedFieldsMutation, AddUserToGroupInAuthzNestedFieldsMutationVariables>;
export const AddUserToGroupInAuthzNestedFields2Document = new TypedDocumentString(`
    mutation AddUserToGroupInAuthzNestedFields2($g: String!) {
  addUserToGroup(input: {groupName: $g, userName: "admin"}) {
    group {
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<AddUserToGroupInAuthzNestedFields2Mutation, AddUserToGroupInAuthzNestedFields2MutationVariables>;
export const MeInAuthzNestedFieldsDocument = new TypedDocumentString(`
    query MeInAuthzNestedFields {
  me {
    arn
    ... on User {
      groups {
        edges {
          node {
            users {
              edges {
                node {
                  userName
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeInAuthzNestedFieldsQuery, MeInAuthzNestedFieldsQueryVariables>;
export const UserInAuthzNestedFields2Document = new TypedDocumentString(`
    query UserInAuthzNestedFields2($u: String!) {
  user(userName: $u) {
    accessKeys {
      status
    }
    groups {
      edges {
        cursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UserInAuthzNestedFields2Query, UserInAuthzNestedFields2QueryVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($u: String!) {
  updateUser(input: {userName: $u, newPath: "/admins/"}) {
    user {
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const UpdateUserInAuthzNestedFieldsDocument = new TypedDocumentString(`
    mutation UpdateUserInAuthzNestedFields($u: String!, $n: String!) {
  updateUser(input: {userName: $u, newUserName: $n}) {
    user {
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateUserInAuthzNestedFieldsMutation, UpdateUserInAuthzNestedFieldsMutationVariables>;
export const UpdateUserInAuthzSelfServiceDocument = new TypedDocumentString(`
    mutation UpdateUserInAuthzSelfService($i: UpdateUserInput!) {
  updateUser(input: $i) {
    user {
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateUserInAuthzSelfServiceMutation, UpdateUserInAuthzSelfServiceMutationVariables>;
export const CreateVirtualMfaDeviceDocument = new TypedDocumentString(`
    mutation CreateVirtualMfaDevice($i: CreateVirtualMfaDeviceInput!) {
  createVirtualMfaDevice(input: $i) {
    virtualMfaDevice {
      serialNumber
    }
  }
}
    `) as unknown as TypedDocumentString<CreateVirtualMfaDeviceMutation, CreateVirtualMfaDeviceMutationVariables>;
export const SimulatePrincipalPolicyDocument = new TypedDocumentString(`
    query SimulatePrincipalPolicy($i: SimulatePrincipalPolicyInput!) {
  simulatePrincipalPolicy(input: $i) {
    evaluationResults {
      evalActionName
      evalDecision
    }
  }
}
    `) as unknown as TypedDocumentString<SimulatePrincipalPolicyQuery, SimulatePrincipalPolicyQueryVariables>;
export const CreateAccessKeyInAuthzSelfServiceDocument = new TypedDocumentString(`
    mutation CreateAccessKeyInAuthzSelfService($i: CreateAccessKeyInput!) {
  createAccessKey(input: $i) {
    accessKey {
      accessKeyId
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CreateAccessKeyInAuthzSelfServiceMutation, CreateAccessKeyInAuthzSelfServiceMutationVariables>;
export const CreateAccessKeyInAuthzSelfService2Document = new TypedDocumentString(`
    mutation CreateAccessKeyInAuthzSelfService2($i: CreateAccessKeyInput!) {
  createAccessKey(input: $i) {
    accessKey {
      accessKeyId
    }
  }
}
    `) as unknown as TypedDocumentString<CreateAccessKeyInAuthzSelfService2Mutation, CreateAccessKeyInAuthzSelfService2MutationVariables>;
export const PutUserPermissionsBoundaryInAuthzSelfServiceDocument = new TypedDocumentString(`
    mutation PutUserPermissionsBoundaryInAuthzSelfService($i: PutUserPermissionsBoundaryInput!) {
  putUserPermissionsBoundary(input: $i) {
    user {
      permissionsBoundary {
        permissionsBoundaryArn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PutUserPermissionsBoundaryInAuthzSelfServiceMutation, PutUserPermissionsBoundaryInAuthzSelfServiceMutationVariables>;
export const DeleteUserPermissionsBoundaryDocument = new TypedDocumentString(`
    mutation DeleteUserPermissionsBoundary($i: DeleteUserPermissionsBoundaryInput!) {
  deleteUserPermissionsBoundary(input: $i) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteUserPermissionsBoundaryMutation, DeleteUserPermissionsBoundaryMutationVariables>;
export const RemoveUserFromGroupDocument = new TypedDocumentString(`
    mutation RemoveUserFromGroup($i: RemoveUserFromGroupInput!) {
  removeUserFromGroup(input: $i) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveUserFromGroupMutation, RemoveUserFromGroupMutationVariables>;
export const AttachUserPolicyInBootstrapDocument = new TypedDocumentString(`
    mutation AttachUserPolicyInBootstrap($u: String!) {
  attachUserPolicy(
    input: {userName: $u, policyArn: "arn:aws:iam::aws:policy/AdministratorAccess"}
  ) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<AttachUserPolicyInBootstrapMutation, AttachUserPolicyInBootstrapMutationVariables>;
export const DetachUserPolicyInBootstrapDocument = new TypedDocumentString(`
    mutation DetachUserPolicyInBootstrap {
  detachUserPolicy(
    input: {userName: "root", policyArn: "arn:aws:iam::aws:policy/AdministratorAccess"}
  ) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<DetachUserPolicyInBootstrapMutation, DetachUserPolicyInBootstrapMutationVariables>;
export const DeleteLoginProfileDocument = new TypedDocumentString(`
    mutation DeleteLoginProfile {
  deleteLoginProfile(input: {userName: "root"}) {
    userName
  }
}
    `) as unknown as TypedDocumentString<DeleteLoginProfileMutation, DeleteLoginProfileMutationVariables>;
export const DeleteUserInBootstrapDocument = new TypedDocumentString(`
    mutation DeleteUserInBootstrap {
  deleteUser(input: {userName: "root"}) {
    userName
  }
}
    `) as unknown as TypedDocumentString<DeleteUserInBootstrapMutation, DeleteUserInBootstrapMutationVariables>;
export const UserInBootstrapDocument = new TypedDocumentString(`
    query UserInBootstrap {
  user(userName: "root") {
    userName
  }
}
    `) as unknown as TypedDocumentString<UserInBootstrapQuery, UserInBootstrapQueryVariables>;
export const SessionsWithClientAndCurrentDocument = new TypedDocumentString(`
    query SessionsWithClientAndCurrent($n: String) {
  sessions(userName: $n) {
    id
    createdAt
    lastUsedAt
    expiresAt
    sourceIp
    userAgent
    mfaAuthenticated
    current
  }
}
    `) as unknown as TypedDocumentString<SessionsWithClientAndCurrentQuery, SessionsWithClientAndCurrentQueryVariables>;
export const RevokeSessionIdDocument = new TypedDocumentString(`
    mutation RevokeSessionId($id: ID!) {
  revokeSession(input: {sessionId: $id}) {
    sessionId
  }
}
    `) as unknown as TypedDocumentString<RevokeSessionIdMutation, RevokeSessionIdMutationVariables>;
export const LogoutOkDocument = new TypedDocumentString(`
    mutation LogoutOk {
  logout {
    ok
  }
}
    `) as unknown as TypedDocumentString<LogoutOkMutation, LogoutOkMutationVariables>;
export const RespondToMfaChallengeByCookieDocument = new TypedDocumentString(`
    mutation RespondToMfaChallengeByCookie($t: String!, $c: String!) {
  respondToMfaChallenge(
    input: {challengeToken: $t, code: $c, sessionDelivery: COOKIE}
  ) {
    status
    session {
      token
      mfaAuthenticated
    }
  }
}
    `) as unknown as TypedDocumentString<RespondToMfaChallengeByCookieMutation, RespondToMfaChallengeByCookieMutationVariables>;
export const RevokeUserSessionsKeepingCurrentDocument = new TypedDocumentString(`
    mutation RevokeUserSessionsKeepingCurrent($n: String!) {
  revokeUserSessions(input: {userName: $n, keepCurrent: true}) {
    revokedCount
  }
}
    `) as unknown as TypedDocumentString<RevokeUserSessionsKeepingCurrentMutation, RevokeUserSessionsKeepingCurrentMutationVariables>;
export const CallerPermissionsDocument = new TypedDocumentString(`
    query CallerPermissions($r: [CallerPermissionRequest!]!) {
  callerPermissions(requests: $r) {
    action
    resource
    decision
    message
    allowedWithMfa
  }
}
    `) as unknown as TypedDocumentString<CallerPermissionsQuery, CallerPermissionsQueryVariables>;
export const UsersPageDocument = new TypedDocumentString(`
    query UsersPage($p: String, $first: Int, $after: String, $last: Int, $before: String) {
  users(
    pathPrefix: $p
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    edges {
      cursor
      node {
        userName
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<UsersPageQuery, UsersPageQueryVariables>;
export const UsersFirstTwoNoCountDocument = new TypedDocumentString(`
    query UsersFirstTwoNoCount($p: String) {
  users(pathPrefix: $p, first: 2) {
    edges {
      node {
        userName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UsersFirstTwoNoCountQuery, UsersFirstTwoNoCountQueryVariables>;
export const UsersFirstTwoWithCountDocument = new TypedDocumentString(`
    query UsersFirstTwoWithCount($p: String) {
  users(pathPrefix: $p, first: 2) {
    edges {
      node {
        userName
      }
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<UsersFirstTwoWithCountQuery, UsersFirstTwoWithCountQueryVariables>;
export const UsersTotalCountDocument = new TypedDocumentString(`
    query UsersTotalCount {
  users(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<UsersTotalCountQuery, UsersTotalCountQueryVariables>;
export const BackwardPagesOfGroupsRolesPoliciesDocument = new TypedDocumentString(`
    query BackwardPagesOfGroupsRolesPolicies {
  groups(pathPrefix: "/back/", last: 2) {
    edges {
      node {
        groupName
      }
    }
    pageInfo {
      hasPreviousPage
    }
    totalCount
  }
  roles(pathPrefix: "/back/", last: 1) {
    edges {
      node {
        roleName
      }
    }
    totalCount
  }
  policies(scope: AWS, last: 1) {
    edges {
      node {
        arn
      }
    }
    pageInfo {
      hasPreviousPage
      hasNextPage
    }
    totalCount
  }
  first: policies(scope: AWS, first: 1000) {
    edges {
      node {
        arn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BackwardPagesOfGroupsRolesPoliciesQuery, BackwardPagesOfGroupsRolesPoliciesQueryVariables>;
export const AuditEventsTotalCountDocument = new TypedDocumentString(`
    query AuditEventsTotalCount {
  auditEvents(first: 1) {
    totalCount
    edges {
      node {
        action
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEventsTotalCountQuery, AuditEventsTotalCountQueryVariables>;
export const LoginAndChangePasswordDocument = new TypedDocumentString(`
    mutation LoginAndChangePassword($u: String!, $p: String!) {
  login(input: {userName: $u, password: $p}) {
    status
  }
  changePassword(input: {oldPassword: $p, newPassword: $p}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<LoginAndChangePasswordMutation, LoginAndChangePasswordMutationVariables>;
export const LoginAndLogoutDocument = new TypedDocumentString(`
    mutation LoginAndLogout($u: String!, $p: String!) {
  login(input: {userName: $u, password: $p}) {
    status
  }
  logout {
    ok
  }
}
    `) as unknown as TypedDocumentString<LoginAndLogoutMutation, LoginAndLogoutMutationVariables>;
export const GenerateRecoveryCodesDocument = new TypedDocumentString(`
    mutation GenerateRecoveryCodes($u: String!) {
  generateRecoveryCodes(input: {userName: $u}) {
    recoveryCodes
  }
}
    `) as unknown as TypedDocumentString<GenerateRecoveryCodesMutation, GenerateRecoveryCodesMutationVariables>;
export const UpdateAccountPasswordPolicyInCredentialRacesDocument = new TypedDocumentString(`
    mutation UpdateAccountPasswordPolicyInCredentialRaces {
  updateAccountPasswordPolicy(input: {passwordReusePrevention: 24}) {
    passwordPolicy {
      passwordReusePrevention
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateAccountPasswordPolicyInCredentialRacesMutation, UpdateAccountPasswordPolicyInCredentialRacesMutationVariables>;
export const UpdateAccountPasswordPolicyInCredentialRaces2Document = new TypedDocumentString(`
    mutation UpdateAccountPasswordPolicyInCredentialRaces2 {
  updateAccountPasswordPolicy(input: {}) {
    passwordPolicy {
      passwordReusePrevention
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateAccountPasswordPolicyInCredentialRaces2Mutation, UpdateAccountPasswordPolicyInCredentialRaces2MutationVariables>;
export const CredentialReportDocument = new TypedDocumentString(`
    query CredentialReport {
  credentialReport {
    user
    arn
    passwordEnabled
    passwordLastUsed
    mfaActive
    accessKey1Active
    accessKey1LastRotated
    accessKey2Active
  }
}
    `) as unknown as TypedDocumentString<CredentialReportQuery, CredentialReportQueryVariables>;
export const CreateAccessKeyInCredentialsAccessKeysDocument = new TypedDocumentString(`
    mutation CreateAccessKeyInCredentialsAccessKeys($u: String) {
  createAccessKey(input: {userName: $u}) {
    accessKey {
      accessKeyId
      secretAccessKey
      status
      userName
      createDate
    }
  }
}
    `) as unknown as TypedDocumentString<CreateAccessKeyInCredentialsAccessKeysMutation, CreateAccessKeyInCredentialsAccessKeysMutationVariables>;
export const GetSessionTokenInCredentialsAccessKeysDocument = new TypedDocumentString(`
    mutation GetSessionTokenInCredentialsAccessKeys($i: GetSessionTokenInput!) {
  getSessionToken(input: $i) {
    credentials {
      sessionToken
      expiration
    }
  }
}
    `) as unknown as TypedDocumentString<GetSessionTokenInCredentialsAccessKeysMutation, GetSessionTokenInCredentialsAccessKeysMutationVariables>;
export const UserInCredentialsAccessKeysDocument = new TypedDocumentString(`
    query UserInCredentialsAccessKeys($u: String!) {
  user(userName: $u) {
    accessKeys {
      accessKeyId
      status
      lastUsedDate
    }
  }
}
    `) as unknown as TypedDocumentString<UserInCredentialsAccessKeysQuery, UserInCredentialsAccessKeysQueryVariables>;
export const UserInCredentialsAccessKeys2Document = new TypedDocumentString(`
    query UserInCredentialsAccessKeys2($u: String!) {
  user(userName: $u) {
    accessKeys {
      accessKeyId
    }
  }
}
    `) as unknown as TypedDocumentString<UserInCredentialsAccessKeys2Query, UserInCredentialsAccessKeys2QueryVariables>;
export const UpdateAccountPasswordPolicyInCredentialsAccessKeysDocument = new TypedDocumentString(`
    mutation UpdateAccountPasswordPolicyInCredentialsAccessKeys {
  updateAccountPasswordPolicy(input: {minimumPasswordLength: 3}) {
    passwordPolicy {
      minimumPasswordLength
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateAccountPasswordPolicyInCredentialsAccessKeysMutation, UpdateAccountPasswordPolicyInCredentialsAccessKeysMutationVariables>;
export const MeInCredentialsAccessKeysDocument = new TypedDocumentString(`
    query MeInCredentialsAccessKeys {
  me {
    arn
    ... on User {
      accessKeys {
        accessKeyId
        lastUsedDate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeInCredentialsAccessKeysQuery, MeInCredentialsAccessKeysQueryVariables>;
export const UpdateAccessKeyInCredentialsAccessKeysDocument = new TypedDocumentString(`
    mutation UpdateAccessKeyInCredentialsAccessKeys($k: String!) {
  updateAccessKey(input: {accessKeyId: $k, status: Inactive}) {
    accessKey {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateAccessKeyInCredentialsAccessKeysMutation, UpdateAccessKeyInCredentialsAccessKeysMutationVariables>;
export const DeleteAccessKeyInCredentialsAccessKeysDocument = new TypedDocumentString(`
    mutation DeleteAccessKeyInCredentialsAccessKeys($k: String!) {
  deleteAccessKey(input: {accessKeyId: $k}) {
    accessKeyId
  }
}
    `) as unknown as TypedDocumentString<DeleteAccessKeyInCredentialsAccessKeysMutation, DeleteAccessKeyInCredentialsAccessKeysMutationVariables>;
export const DeleteAccessKeyInCredentialsAccessKeys2Document = new TypedDocumentString(`
    mutation DeleteAccessKeyInCredentialsAccessKeys2($u: String, $k: String!) {
  deleteAccessKey(input: {userName: $u, accessKeyId: $k}) {
    accessKeyId
  }
}
    `) as unknown as TypedDocumentString<DeleteAccessKeyInCredentialsAccessKeys2Mutation, DeleteAccessKeyInCredentialsAccessKeys2MutationVariables>;
export const ChangePasswordInCredentialsPasswordPolicyDocument = new TypedDocumentString(`
    mutation ChangePasswordInCredentialsPasswordPolicy($o: String!, $n: String!) {
  changePassword(input: {oldPassword: $o, newPassword: $n}) {
    session {
      token
    }
  }
}
    `) as unknown as TypedDocumentString<ChangePasswordInCredentialsPasswordPolicyMutation, ChangePasswordInCredentialsPasswordPolicyMutationVariables>;
export const AccountPasswordPolicyInCredentialsPasswordPolicyDocument = new TypedDocumentString(`
    query AccountPasswordPolicyInCredentialsPasswordPolicy {
  accountPasswordPolicy {
    minimumPasswordLength
    maximumPasswordLength
    requireSymbols
    requireNumbers
    allowUsersToChangePassword
    expirePasswords
  }
}
    `) as unknown as TypedDocumentString<AccountPasswordPolicyInCredentialsPasswordPolicyQuery, AccountPasswordPolicyInCredentialsPasswordPolicyQueryVariables>;
export const UpdateAccountPasswordPolicyInCredentialsPasswordPolicyDocument = new TypedDocumentString(`
    mutation UpdateAccountPasswordPolicyInCredentialsPasswordPolicy {
  updateAccountPasswordPolicy(
    input: {minimumPasswordLength: 14, requireNumbers: true, passwordReusePrevention: 2}
  ) {
    passwordPolicy {
      minimumPasswordLength
      requireNumbers
      passwordReusePrevention
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateAccountPasswordPolicyInCredentialsPasswordPolicyMutation, UpdateAccountPasswordPolicyInCredentialsPasswordPolicyMutationVariables>;
export const UpdateAccountPasswordPolicyInCredentialsPasswordPolicy2Document = new TypedDocumentString(`
    mutation UpdateAccountPasswordPolicyInCredentialsPasswordPolicy2 {
  updateAccountPasswordPolicy(input: {}) {
    passwordPolicy {
      minimumPasswordLength
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateAccountPasswordPolicyInCredentialsPasswordPolicy2Mutation, UpdateAccountPasswordPolicyInCredentialsPasswordPolicy2MutationVariables>;
export const AddUserToGroupInGroupsDocument = new TypedDocumentString(`
    mutation AddUserToGroupInGroups($g: String!, $u: String!) {
  addUserToGroup(input: {groupName: $g, userName: $u}) {
    group {
      groupName
    }
  }
}
    `) as unknown as TypedDocumentString<AddUserToGroupInGroupsMutation, AddUserToGroupInGroupsMutationVariables>;
export const CreateGroupInGroupsDocument = new TypedDocumentString(`
    mutation CreateGroupInGroups($g: String!, $p: String) {
  createGroup(input: {groupName: $g, path: $p}) {
    group {
      groupName
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<CreateGroupInGroupsMutation, CreateGroupInGroupsMutationVariables>;
export const GroupAndUserDocument = new TypedDocumentString(`
    query GroupAndUser($g: String!, $u: String!) {
  group(groupName: $g) {
    users(first: 1) {
      edges {
        node {
          userName
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  user(userName: $u) {
    groups {
      edges {
        node {
          groupName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GroupAndUserQuery, GroupAndUserQueryVariables>;
export const GroupDocument = new TypedDocumentString(`
    query Group($g: String!, $after: String) {
  group(groupName: $g) {
    users(first: 5, after: $after) {
      edges {
        node {
          userName
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GroupQuery, GroupQueryVariables>;
export const RemoveUserFromGroupInGroupsDocument = new TypedDocumentString(`
    mutation RemoveUserFromGroupInGroups($g: String!, $u: String!) {
  removeUserFromGroup(input: {groupName: $g, userName: $u}) {
    group {
      groupName
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveUserFromGroupInGroupsMutation, RemoveUserFromGroupInGroupsMutationVariables>;
export const UpdateGroupDocument = new TypedDocumentString(`
    mutation UpdateGroup($g: String!, $n: String!) {
  updateGroup(input: {groupName: $g, newGroupName: $n, newPath: "/x/"}) {
    group {
      groupName
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateGroupMutation, UpdateGroupMutationVariables>;
export const GroupInGroupsDocument = new TypedDocumentString(`
    query GroupInGroups($g: String!) {
  group(groupName: $g) {
    arn
  }
}
    `) as unknown as TypedDocumentString<GroupInGroupsQuery, GroupInGroupsQueryVariables>;
export const GroupsDocument = new TypedDocumentString(`
    query Groups {
  groups(pathPrefix: "/prefix-test/") {
    edges {
      node {
        groupName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GroupsQuery, GroupsQueryVariables>;
export const UserInLoginThrottleSourcesDocument = new TypedDocumentString(`
    query UserInLoginThrottleSources($u: String!) {
  user(userName: $u) {
    signInThrottle {
      password {
        failures
        maxFailures
        refused
        throttledUntil
        windowEndsAt
        sourcesInBackoff
      }
      mfa {
        failures
        maxFailures
        throttledUntil
        sourcesInBackoff
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UserInLoginThrottleSourcesQuery, UserInLoginThrottleSourcesQueryVariables>;
export const ResetSignInThrottleDocument = new TypedDocumentString(`
    mutation ResetSignInThrottle($i: ResetSignInThrottleInput!) {
  resetSignInThrottle(input: $i) {
    userName
  }
}
    `) as unknown as TypedDocumentString<ResetSignInThrottleMutation, ResetSignInThrottleMutationVariables>;
export const UntagUserDocument = new TypedDocumentString(`
    mutation UntagUser($n: String!, $k: [String!]!) {
  untagUser(input: {userName: $n, tagKeys: $k}) {
    user {
      tags {
        key
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UntagUserMutation, UntagUserMutationVariables>;
export const GroupInStoreInputBoundsDocument = new TypedDocumentString(`
    query GroupInStoreInputBounds($n: String!) {
  group(groupName: $n) {
    groupName
  }
}
    `) as unknown as TypedDocumentString<GroupInStoreInputBoundsQuery, GroupInStoreInputBoundsQueryVariables>;
export const RoleInStoreInputBoundsDocument = new TypedDocumentString(`
    query RoleInStoreInputBounds($n: String!) {
  role(roleName: $n) {
    roleName
  }
}
    `) as unknown as TypedDocumentString<RoleInStoreInputBoundsQuery, RoleInStoreInputBoundsQueryVariables>;
export const DeleteUserInStoreInputBoundsDocument = new TypedDocumentString(`
    mutation DeleteUserInStoreInputBounds($n: String!) {
  deleteUser(input: {userName: $n}) {
    userName
  }
}
    `) as unknown as TypedDocumentString<DeleteUserInStoreInputBoundsMutation, DeleteUserInStoreInputBoundsMutationVariables>;
export const TagUserInStoreInputBoundsDocument = new TypedDocumentString(`
    mutation TagUserInStoreInputBounds($n: String!) {
  tagUser(input: {userName: $n, tags: [{key: "k", value: "v"}]}) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<TagUserInStoreInputBoundsMutation, TagUserInStoreInputBoundsMutationVariables>;
export const PolicyVersionDocument = new TypedDocumentString(`
    query PolicyVersion($a: String!) {
  policyVersion(arn: $a, versionId: "1") {
    versionId
  }
}
    `) as unknown as TypedDocumentString<PolicyVersionQuery, PolicyVersionQueryVariables>;
export const AuditEventsInStoreInputBoundsDocument = new TypedDocumentString(`
    query AuditEventsInStoreInputBounds($a: String!) {
  auditEvents(principalArn: $a) {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEventsInStoreInputBoundsQuery, AuditEventsInStoreInputBoundsQueryVariables>;
export const AuditEventsInStoreInputBounds2Document = new TypedDocumentString(`
    query AuditEventsInStoreInputBounds2($a: String!) {
  auditEvents(action: $a) {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEventsInStoreInputBounds2Query, AuditEventsInStoreInputBounds2QueryVariables>;
export const UsersInStoreInputBoundsDocument = new TypedDocumentString(`
    query UsersInStoreInputBounds($c: String!) {
  users(first: 1, after: $c) {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<UsersInStoreInputBoundsQuery, UsersInStoreInputBoundsQueryVariables>;
export const AppIsAuthorizedDocument = new TypedDocumentString(`
    query AppIsAuthorized($i: IsAuthorizedInput!) {
  isAuthorized(input: $i) {
    decision
    principalArn
    explanation
    missingContextValues
    matchedStatements {
      sid
      effect
      policySource {
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AppIsAuthorizedQuery, AppIsAuthorizedQueryVariables>;
export const AppBatchIsAuthorizedDocument = new TypedDocumentString(`
    query AppBatchIsAuthorized($r: [IsAuthorizedInput!]!) {
  batchIsAuthorized(input: {requests: $r}) {
    results {
      decision
      principalArn
    }
  }
}
    `) as unknown as TypedDocumentString<AppBatchIsAuthorizedQuery, AppBatchIsAuthorizedQueryVariables>;
export const AppUserLogoutDocument = new TypedDocumentString(`
    mutation AppUserLogout {
  logout {
    ok
  }
}
    `) as unknown as TypedDocumentString<AppUserLogoutMutation, AppUserLogoutMutationVariables>;
export const CreateVirtualMfaDeviceWithQrCodesDocument = new TypedDocumentString(`
    mutation CreateVirtualMfaDeviceWithQrCodes($n: String!) {
  createVirtualMfaDevice(input: {virtualMfaDeviceName: $n}) {
    virtualMfaDevice {
      base32StringSeed
      otpauthUri
      qrCodeSvg
      qrCodePng
    }
  }
}
    `) as unknown as TypedDocumentString<CreateVirtualMfaDeviceWithQrCodesMutation, CreateVirtualMfaDeviceWithQrCodesMutationVariables>;
export const MeInMfaSigninDocument = new TypedDocumentString(`
    query MeInMfaSignin {
  me {
    arn
    ... on User {
      mfaDevices {
        serialNumber
        enableDate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeInMfaSigninQuery, MeInMfaSigninQueryVariables>;
export const AuditEventsInMfaSigninDocument = new TypedDocumentString(`
    query AuditEventsInMfaSignin {
  auditEvents(first: 20, action: "signin:ConsoleLogin") {
    edges {
      node {
        principalArn
        outcome
        errorCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEventsInMfaSigninQuery, AuditEventsInMfaSigninQueryVariables>;
export const UserInMfaSigninDocument = new TypedDocumentString(`
    query UserInMfaSignin($u: String!) {
  user(userName: $u) {
    mfaDevices {
      serialNumber
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<UserInMfaSigninQuery, UserInMfaSigninQueryVariables>;
export const DeactivateMfaDeviceDocument = new TypedDocumentString(`
    mutation DeactivateMfaDevice($u: String, $s: String!) {
  deactivateMfaDevice(input: {userName: $u, serialNumber: $s}) {
    serialNumber
  }
}
    `) as unknown as TypedDocumentString<DeactivateMfaDeviceMutation, DeactivateMfaDeviceMutationVariables>;
export const ResyncMfaDeviceDocument = new TypedDocumentString(`
    mutation ResyncMfaDevice($i: ResyncMfaDeviceInput!) {
  resyncMfaDevice(input: $i) {
    mfaDevice {
      serialNumber
    }
  }
}
    `) as unknown as TypedDocumentString<ResyncMfaDeviceMutation, ResyncMfaDeviceMutationVariables>;
export const AssumeRoleWithWebIdentityInOidcFederationDocument = new TypedDocumentString(`
    mutation AssumeRoleWithWebIdentityInOidcFederation($input: AssumeRoleWithWebIdentityInput!) {
  assumeRoleWithWebIdentity(input: $input) {
    credentials {
      sessionToken
      expiration
    }
    assumedRoleUser {
      arn
      assumedRoleId
    }
    subjectFromWebIdentityToken
    audience
    provider
  }
}
    `) as unknown as TypedDocumentString<AssumeRoleWithWebIdentityInOidcFederationMutation, AssumeRoleWithWebIdentityInOidcFederationMutationVariables>;
export const OpenIdConnectProvidersDocument = new TypedDocumentString(`
    query OpenIdConnectProviders {
  openIdConnectProviders {
    arn
    url
    clientIdList
    thumbprintList
  }
}
    `) as unknown as TypedDocumentString<OpenIdConnectProvidersQuery, OpenIdConnectProvidersQueryVariables>;
export const CreateOpenIdConnectProviderInOidcFederation2Document = new TypedDocumentString(`
    mutation CreateOpenIdConnectProviderInOidcFederation2($u: String!) {
  createOpenIdConnectProvider(input: {url: $u, clientIdList: ["x"]}) {
    openIdConnectProviderArn
  }
}
    `) as unknown as TypedDocumentString<CreateOpenIdConnectProviderInOidcFederation2Mutation, CreateOpenIdConnectProviderInOidcFederation2MutationVariables>;
export const MeInOidcFederationDocument = new TypedDocumentString(`
    query MeInOidcFederation {
  me {
    arn
    ... on AssumedRoleSession {
      roleName
      roleSessionName
    }
  }
}
    `) as unknown as TypedDocumentString<MeInOidcFederationQuery, MeInOidcFederationQueryVariables>;
export const CreateOpenIdConnectProviderInOidcFederation4Document = new TypedDocumentString(`
    mutation CreateOpenIdConnectProviderInOidcFederation4 {
  createOpenIdConnectProvider(
    input: {url: "http://127.0.0.1:9/x", clientIdList: ["a"]}
  ) {
    openIdConnectProviderArn
  }
}
    `) as unknown as TypedDocumentString<CreateOpenIdConnectProviderInOidcFederation4Mutation, CreateOpenIdConnectProviderInOidcFederation4MutationVariables>;
export const AssumeRoleWithWebIdentityInOidcSlowIssuerDocument = new TypedDocumentString(`
    mutation AssumeRoleWithWebIdentityInOidcSlowIssuer($input: AssumeRoleWithWebIdentityInput!) {
  assumeRoleWithWebIdentity(input: $input) {
    credentials {
      sessionToken
    }
    assumedRoleUser {
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<AssumeRoleWithWebIdentityInOidcSlowIssuerMutation, AssumeRoleWithWebIdentityInOidcSlowIssuerMutationVariables>;
export const CreateUserInOidcSlowIssuerDocument = new TypedDocumentString(`
    mutation CreateUserInOidcSlowIssuer($n: String!) {
  createUser(input: {userName: $n}) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<CreateUserInOidcSlowIssuerMutation, CreateUserInOidcSlowIssuerMutationVariables>;
export const CreateThreeUsersDocument = new TypedDocumentString(`
    mutation CreateThreeUsers($a: String!, $b: String!, $c: String!) {
  a: createUser(input: {userName: $a}) {
    user {
      userName
    }
  }
  b: createUser(input: {userName: $b}) {
    user {
      userName
    }
  }
  c: createUser(input: {userName: $c}) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<CreateThreeUsersMutation, CreateThreeUsersMutationVariables>;
export const CreatePolicyInPoliciesManagedDocument = new TypedDocumentString(`
    mutation CreatePolicyInPoliciesManaged($i: CreatePolicyInput!) {
  createPolicy(input: $i) {
    policy {
      arn
      policyName
      defaultVersionId
    }
  }
}
    `) as unknown as TypedDocumentString<CreatePolicyInPoliciesManagedMutation, CreatePolicyInPoliciesManagedMutationVariables>;
export const PoliciesInPoliciesManagedDocument = new TypedDocumentString(`
    query PoliciesInPoliciesManaged {
  policies(scope: AWS) {
    edges {
      node {
        arn
        defaultVersionId
        attachmentCount
        defaultVersion {
          document
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PoliciesInPoliciesManagedQuery, PoliciesInPoliciesManagedQueryVariables>;
export const UserInPoliciesManagedDocument = new TypedDocumentString(`
    query UserInPoliciesManaged {
  user(userName: "admin") {
    attachedManagedPolicies {
      policyArn
    }
  }
}
    `) as unknown as TypedDocumentString<UserInPoliciesManagedQuery, UserInPoliciesManagedQueryVariables>;
export const CreatePolicyVersionInPoliciesManagedDocument = new TypedDocumentString(`
    mutation CreatePolicyVersionInPoliciesManaged($i: CreatePolicyVersionInput!) {
  createPolicyVersion(input: $i) {
    policyVersion {
      versionId
      isDefaultVersion
    }
  }
}
    `) as unknown as TypedDocumentString<CreatePolicyVersionInPoliciesManagedMutation, CreatePolicyVersionInPoliciesManagedMutationVariables>;
export const PolicyInPoliciesManagedDocument = new TypedDocumentString(`
    query PolicyInPoliciesManaged($a: String!) {
  policy(arn: $a) {
    versions {
      versionId
      isDefaultVersion
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyInPoliciesManagedQuery, PolicyInPoliciesManagedQueryVariables>;
export const PolicyInPoliciesManaged2Document = new TypedDocumentString(`
    query PolicyInPoliciesManaged2($a: String!) {
  policy(arn: $a) {
    attachmentCount
  }
}
    `) as unknown as TypedDocumentString<PolicyInPoliciesManaged2Query, PolicyInPoliciesManaged2QueryVariables>;
export const AttachUserPolicyInPoliciesManagedDocument = new TypedDocumentString(`
    mutation AttachUserPolicyInPoliciesManaged($i: AttachUserPolicyInput!) {
  attachUserPolicy(input: $i) {
    user {
      attachedManagedPolicies {
        policyArn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttachUserPolicyInPoliciesManagedMutation, AttachUserPolicyInPoliciesManagedMutationVariables>;
export const PutUserPolicyInPoliciesManagedDocument = new TypedDocumentString(`
    mutation PutUserPolicyInPoliciesManaged($i: PutUserPolicyInput!) {
  putUserPolicy(input: $i) {
    user {
      inlinePolicies {
        policyName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PutUserPolicyInPoliciesManagedMutation, PutUserPolicyInPoliciesManagedMutationVariables>;
export const PoliciesInPoliciesManaged2Document = new TypedDocumentString(`
    query PoliciesInPoliciesManaged2($p: String!) {
  policies(scope: LOCAL, pathPrefix: $p, first: 2) {
    edges {
      node {
        arn
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PoliciesInPoliciesManaged2Query, PoliciesInPoliciesManaged2QueryVariables>;
export const PoliciesInPoliciesManaged3Document = new TypedDocumentString(`
    query PoliciesInPoliciesManaged3($p: String!, $a: String) {
  policies(scope: LOCAL, pathPrefix: $p, first: 2, after: $a) {
    edges {
      node {
        arn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PoliciesInPoliciesManaged3Query, PoliciesInPoliciesManaged3QueryVariables>;
export const PoliciesInPoliciesManaged4Document = new TypedDocumentString(`
    query PoliciesInPoliciesManaged4($p: String!) {
  policies(scope: LOCAL, pathPrefix: $p, onlyAttached: true) {
    edges {
      node {
        arn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PoliciesInPoliciesManaged4Query, PoliciesInPoliciesManaged4QueryVariables>;
export const SimulateCustomPolicyDocument = new TypedDocumentString(`
    query SimulateCustomPolicy($i: SimulateCustomPolicyInput!) {
  simulateCustomPolicy(input: $i) {
    evaluationResults {
      evalResourceName
      evalDecision
    }
  }
}
    `) as unknown as TypedDocumentString<SimulateCustomPolicyQuery, SimulateCustomPolicyQueryVariables>;
export const SimulatePrincipalPolicyInPolicyFailClosedDocument = new TypedDocumentString(`
    query SimulatePrincipalPolicyInPolicyFailClosed($i: SimulatePrincipalPolicyInput!) {
  simulatePrincipalPolicy(input: $i) {
    evaluationResults {
      evalDecision
    }
  }
}
    `) as unknown as TypedDocumentString<SimulatePrincipalPolicyInPolicyFailClosedQuery, SimulatePrincipalPolicyInPolicyFailClosedQueryVariables>;
export const EffectivePermissionsInPolicyFailClosedDocument = new TypedDocumentString(`
    query EffectivePermissionsInPolicyFailClosed($a: String!) {
  effectivePermissions(principalArn: $a) {
    statements {
      sid
      effect
      source {
        policyArn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EffectivePermissionsInPolicyFailClosedQuery, EffectivePermissionsInPolicyFailClosedQueryVariables>;
export const ValidatePolicySourcesDocument = new TypedDocumentString(`
    query ValidatePolicySources($d: String!) {
  validatePolicy(policyDocument: $d) {
    findings {
      issueCode
      path
      policySource {
        ...PolicySourceFields
      }
    }
  }
}
    fragment PolicySourceFields on PolicySource {
  type
  policyId
  policyArn
  policyName
  versionId
  viaGroup
  statementIndex
}`) as unknown as TypedDocumentString<ValidatePolicySourcesQuery, ValidatePolicySourcesQueryVariables>;
export const ValidateTrustPolicySourcesDocument = new TypedDocumentString(`
    query ValidateTrustPolicySources($d: String!) {
  validatePolicy(policyDocument: $d, policyType: TRUST_POLICY) {
    findings {
      policySource {
        ...PolicySourceFields
      }
    }
  }
}
    fragment PolicySourceFields on PolicySource {
  type
  policyId
  policyArn
  policyName
  versionId
  viaGroup
  statementIndex
}`) as unknown as TypedDocumentString<ValidateTrustPolicySourcesQuery, ValidateTrustPolicySourcesQueryVariables>;
export const EffectivePermissionsPolicySourcesDocument = new TypedDocumentString(`
    query EffectivePermissionsPolicySources($a: String!) {
  effectivePermissions(principalArn: $a) {
    statements {
      sid
      source {
        policyType
      }
      policySource {
        ...PolicySourceFields
      }
    }
  }
}
    fragment PolicySourceFields on PolicySource {
  type
  policyId
  policyArn
  policyName
  versionId
  viaGroup
  statementIndex
}`) as unknown as TypedDocumentString<EffectivePermissionsPolicySourcesQuery, EffectivePermissionsPolicySourcesQueryVariables>;
export const SimulatePrincipalPolicySourcesDocument = new TypedDocumentString(`
    query SimulatePrincipalPolicySources($a: String!) {
  simulatePrincipalPolicy(
    input: {policySourceArn: $a, actionNames: ["iam:ListUsers", "iam:GetUser"]}
  ) {
    evaluationResults {
      evalActionName
      evalDecision
      matchedStatements {
        sourcePolicyId
        sourcePolicyType
        policySource {
          ...PolicySourceFields
        }
      }
    }
  }
}
    fragment PolicySourceFields on PolicySource {
  type
  policyId
  policyArn
  policyName
  versionId
  viaGroup
  statementIndex
}`) as unknown as TypedDocumentString<SimulatePrincipalPolicySourcesQuery, SimulatePrincipalPolicySourcesQueryVariables>;
export const EffectivePermissionsViaGroupDocument = new TypedDocumentString(`
    query EffectivePermissionsViaGroup($a: String!) {
  effectivePermissions(principalArn: $a) {
    statements {
      source {
        viaGroup
      }
      policySource {
        policyArn
        viaGroup
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EffectivePermissionsViaGroupQuery, EffectivePermissionsViaGroupQueryVariables>;
export const SimulateViaGroupDocument = new TypedDocumentString(`
    query SimulateViaGroup($a: String!) {
  simulatePrincipalPolicy(
    input: {policySourceArn: $a, actionNames: ["iam:ListRoles"]}
  ) {
    evaluationResults {
      evalDecision
      matchedStatements {
        policySource {
          policyArn
          viaGroup
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SimulateViaGroupQuery, SimulateViaGroupQueryVariables>;
export const SimulateCustomPolicySourcesDocument = new TypedDocumentString(`
    query SimulateCustomPolicySources($d: String!) {
  simulateCustomPolicy(
    input: {policyInputList: [$d], actionNames: ["iam:ListUsers"]}
  ) {
    evaluationResults {
      matchedStatements {
        policySource {
          ...PolicySourceFields
        }
      }
    }
  }
}
    fragment PolicySourceFields on PolicySource {
  type
  policyId
  policyArn
  policyName
  versionId
  viaGroup
  statementIndex
}`) as unknown as TypedDocumentString<SimulateCustomPolicySourcesQuery, SimulateCustomPolicySourcesQueryVariables>;
export const UpdateUserInStoreRacesDocument = new TypedDocumentString(`
    mutation UpdateUserInStoreRaces($i: UpdateUserInput!) {
  updateUser(input: $i) {
    user {
      userName
      path
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateUserInStoreRacesMutation, UpdateUserInStoreRacesMutationVariables>;
export const CreateGroupInStoreRacesDocument = new TypedDocumentString(`
    mutation CreateGroupInStoreRaces($i: CreateGroupInput!) {
  createGroup(input: $i) {
    group {
      groupName
    }
  }
}
    `) as unknown as TypedDocumentString<CreateGroupInStoreRacesMutation, CreateGroupInStoreRacesMutationVariables>;
export const DeleteGroupInStoreRacesDocument = new TypedDocumentString(`
    mutation DeleteGroupInStoreRaces($i: DeleteGroupInput!) {
  deleteGroup(input: $i) {
    groupName
  }
}
    `) as unknown as TypedDocumentString<DeleteGroupInStoreRacesMutation, DeleteGroupInStoreRacesMutationVariables>;
export const AddUserToGroupInStoreRacesDocument = new TypedDocumentString(`
    mutation AddUserToGroupInStoreRaces($i: AddUserToGroupInput!) {
  addUserToGroup(input: $i) {
    group {
      groupName
    }
  }
}
    `) as unknown as TypedDocumentString<AddUserToGroupInStoreRacesMutation, AddUserToGroupInStoreRacesMutationVariables>;
export const PolicyInPolicyVersionRacesDocument = new TypedDocumentString(`
    query PolicyInPolicyVersionRaces($a: String!) {
  policy(arn: $a) {
    defaultVersionId
    defaultVersion {
      versionId
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyInPolicyVersionRacesQuery, PolicyInPolicyVersionRacesQueryVariables>;
export const EffectivePolicyNamesOnReplicaDocument = new TypedDocumentString(`
    query EffectivePolicyNamesOnReplica($a: String!) {
  effectivePermissions(principalArn: $a) {
    statements {
      source {
        policyName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EffectivePolicyNamesOnReplicaQuery, EffectivePolicyNamesOnReplicaQueryVariables>;
export const PutStoredResourcePolicyDocument = new TypedDocumentString(`
    mutation PutStoredResourcePolicy($i: PutResourcePolicyInput!) {
  putResourcePolicy(input: $i) {
    resourcePolicy {
      resourceArn
      policyDocument
      createDate
      updateDate
    }
  }
}
    `) as unknown as TypedDocumentString<PutStoredResourcePolicyMutation, PutStoredResourcePolicyMutationVariables>;
export const GetStoredResourcePolicyDocument = new TypedDocumentString(`
    query GetStoredResourcePolicy($arn: String!) {
  resourcePolicy(resourceArn: $arn) {
    resourceArn
    policyDocument
    createDate
    updateDate
  }
}
    `) as unknown as TypedDocumentString<GetStoredResourcePolicyQuery, GetStoredResourcePolicyQueryVariables>;
export const DeleteStoredResourcePolicyDocument = new TypedDocumentString(`
    mutation DeleteStoredResourcePolicy($i: DeleteResourcePolicyInput!) {
  deleteResourcePolicy(input: $i) {
    resourceArn
  }
}
    `) as unknown as TypedDocumentString<DeleteStoredResourcePolicyMutation, DeleteStoredResourcePolicyMutationVariables>;
export const DecideWithStoredResourcePolicyDocument = new TypedDocumentString(`
    query DecideWithStoredResourcePolicy($i: IsAuthorizedInput!) {
  isAuthorized(input: $i) {
    decision
    matchedStatements {
      sid
      policySource {
        type
        policyArn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DecideWithStoredResourcePolicyQuery, DecideWithStoredResourcePolicyQueryVariables>;
export const StoredResourcePolicyAuditDocument = new TypedDocumentString(`
    query StoredResourcePolicyAudit($a: String) {
  auditEvents(first: 100, action: $a) {
    edges {
      node {
        action
        resourceArn
        outcome
        errorCode
        principalArn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StoredResourcePolicyAuditQuery, StoredResourcePolicyAuditQueryVariables>;
export const CreateRoleWithFieldsDocument = new TypedDocumentString(`
    mutation CreateRoleWithFields($input: CreateRoleInput!) {
  createRole(input: $input) {
    role {
      ...RoleFields
    }
  }
}
    fragment RoleFields on Role {
  roleName
  roleId
  arn
  path
  description
  maxSessionDuration
  assumeRolePolicyDocument
  createDate
  tags {
    key
    value
  }
}`) as unknown as TypedDocumentString<CreateRoleWithFieldsMutation, CreateRoleWithFieldsMutationVariables>;
export const RoleWithFieldsDocument = new TypedDocumentString(`
    query RoleWithFields($n: String!) {
  role(roleName: $n) {
    ...RoleFields
  }
}
    fragment RoleFields on Role {
  roleName
  roleId
  arn
  path
  description
  maxSessionDuration
  assumeRolePolicyDocument
  createDate
  tags {
    key
    value
  }
}`) as unknown as TypedDocumentString<RoleWithFieldsQuery, RoleWithFieldsQueryVariables>;
export const RoleDocument = new TypedDocumentString(`
    query Role {
  role(roleName: "no-such-role") {
    arn
  }
}
    `) as unknown as TypedDocumentString<RoleQuery, RoleQueryVariables>;
export const UpdateRoleDocument = new TypedDocumentString(`
    mutation UpdateRole($i: UpdateRoleInput!) {
  updateRole(input: $i) {
    role {
      description
      maxSessionDuration
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateRoleMutation, UpdateRoleMutationVariables>;
export const UpdateAssumeRolePolicyDocument = new TypedDocumentString(`
    mutation UpdateAssumeRolePolicy($i: UpdateAssumeRolePolicyInput!) {
  updateAssumeRolePolicy(input: $i) {
    role {
      assumeRolePolicyDocument
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateAssumeRolePolicyMutation, UpdateAssumeRolePolicyMutationVariables>;
export const TagRoleDocument = new TypedDocumentString(`
    mutation TagRole($i: TagRoleInput!) {
  tagRole(input: $i) {
    role {
      tags {
        key
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TagRoleMutation, TagRoleMutationVariables>;
export const UntagRoleDocument = new TypedDocumentString(`
    mutation UntagRole($i: UntagRoleInput!) {
  untagRole(input: $i) {
    role {
      tags {
        key
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UntagRoleMutation, UntagRoleMutationVariables>;
export const RolesDocument = new TypedDocumentString(`
    query Roles($p: String, $a: String) {
  roles(pathPrefix: $p, first: 2, after: $a) {
    edges {
      node {
        roleName
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<RolesQuery, RolesQueryVariables>;
export const RolesInRolesCrudDocument = new TypedDocumentString(`
    query RolesInRolesCrud {
  roles {
    edges {
      node {
        roleName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RolesInRolesCrudQuery, RolesInRolesCrudQueryVariables>;
export const CreateRoleInRolesPoliciesDocument = new TypedDocumentString(`
    mutation CreateRoleInRolesPolicies($i: CreateRoleInput!) {
  createRole(input: $i) {
    role {
      roleName
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<CreateRoleInRolesPoliciesMutation, CreateRoleInRolesPoliciesMutationVariables>;
export const RoleInRolesPoliciesDocument = new TypedDocumentString(`
    query RoleInRolesPolicies($n: String!) {
  role(roleName: $n) {
    attachedManagedPolicies {
      policyName
      policyArn
    }
    inlinePolicies {
      policyName
      policyDocument
    }
    permissionsBoundary {
      permissionsBoundaryType
      permissionsBoundaryArn
    }
    effectivePermissions {
      principalArn
      statements {
        sid
        effect
        actions
        source {
          policyArn
          policyName
          policyType
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RoleInRolesPoliciesQuery, RoleInRolesPoliciesQueryVariables>;
export const DeleteRolePermissionsBoundaryDocument = new TypedDocumentString(`
    mutation DeleteRolePermissionsBoundary($n: String!) {
  deleteRolePermissionsBoundary(input: {roleName: $n}) {
    role {
      permissionsBoundary {
        permissionsBoundaryArn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteRolePermissionsBoundaryMutation, DeleteRolePermissionsBoundaryMutationVariables>;
export const RoleInRolesPolicies2Document = new TypedDocumentString(`
    query RoleInRolesPolicies2($r: String!) {
  role(roleName: $r) {
    attachedManagedPolicies {
      policyArn
    }
  }
}
    `) as unknown as TypedDocumentString<RoleInRolesPolicies2Query, RoleInRolesPolicies2QueryVariables>;
export const RoleInRolesRacesDocument = new TypedDocumentString(`
    query RoleInRolesRaces($n: String!) {
  role(roleName: $n) {
    description
    maxSessionDuration
  }
}
    `) as unknown as TypedDocumentString<RoleInRolesRacesQuery, RoleInRolesRacesQueryVariables>;
export const CreateOpenIdConnectProviderInRolesRacesDocument = new TypedDocumentString(`
    mutation CreateOpenIdConnectProviderInRolesRaces {
  createOpenIdConnectProvider(
    input: {url: "https://idp.example.org/race", clientIdList: ["a"]}
  ) {
    openIdConnectProviderArn
  }
}
    `) as unknown as TypedDocumentString<CreateOpenIdConnectProviderInRolesRacesMutation, CreateOpenIdConnectProviderInRolesRacesMutationVariables>;
export const RolesInRolesRacesDocument = new TypedDocumentString(`
    query RolesInRolesRaces {
  roles(first: 1) {
    edges {
      node {
        roleName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RolesInRolesRacesQuery, RolesInRolesRacesQueryVariables>;
export const LogoutInSessionCacheDocument = new TypedDocumentString(`
    mutation LogoutInSessionCache {
  logout {
    ok
  }
}
    `) as unknown as TypedDocumentString<LogoutInSessionCacheMutation, LogoutInSessionCacheMutationVariables>;
export const SessionIdsInSessionCacheDocument = new TypedDocumentString(`
    query SessionIdsInSessionCache($u: String!) {
  sessions(userName: $u) {
    id
  }
}
    `) as unknown as TypedDocumentString<SessionIdsInSessionCacheQuery, SessionIdsInSessionCacheQueryVariables>;
export const RevokeSessionInSessionCacheDocument = new TypedDocumentString(`
    mutation RevokeSessionInSessionCache($id: ID!) {
  revokeSession(input: {sessionId: $id}) {
    sessionId
  }
}
    `) as unknown as TypedDocumentString<RevokeSessionInSessionCacheMutation, RevokeSessionInSessionCacheMutationVariables>;
export const UpdateAccessKeyInSessionCacheDocument = new TypedDocumentString(`
    mutation UpdateAccessKeyInSessionCache($i: UpdateAccessKeyInput!) {
  updateAccessKey(input: $i) {
    accessKey {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateAccessKeyInSessionCacheMutation, UpdateAccessKeyInSessionCacheMutationVariables>;
export const MeInFoundationDocument = new TypedDocumentString(`
    query MeInFoundation {
  me {
    arn
    ... on User {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<MeInFoundationQuery, MeInFoundationQueryVariables>;
export const LoginInFoundation2Document = new TypedDocumentString(`
    mutation LoginInFoundation2($p: String!) {
  login(input: {userName: "admin", password: $p}) {
    session {
      token
    }
  }
}
    `) as unknown as TypedDocumentString<LoginInFoundation2Mutation, LoginInFoundation2MutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout {
    ok
  }
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const SimulateCustomPolicyInSimulatePoliciesDocument = new TypedDocumentString(`
    query SimulateCustomPolicyInSimulatePolicies($i: SimulateCustomPolicyInput!) {
  simulateCustomPolicy(input: $i) {
    evaluationResults {
      evalActionName
      evalResourceName
      evalDecision
      missingContextValues
      allowedByPermissionsBoundary
      explanation
      matchedStatements {
        sourcePolicyId
        sourcePolicyType
        statementIndex
        sid
        effect
      }
    }
    isTruncated
  }
}
    `) as unknown as TypedDocumentString<SimulateCustomPolicyInSimulatePoliciesQuery, SimulateCustomPolicyInSimulatePoliciesQueryVariables>;
export const PutGroupPolicyDocument = new TypedDocumentString(`
    mutation PutGroupPolicy($i: PutGroupPolicyInput!) {
  putGroupPolicy(input: $i) {
    group {
      groupName
    }
  }
}
    `) as unknown as TypedDocumentString<PutGroupPolicyMutation, PutGroupPolicyMutationVariables>;
export const SimulatePrincipalPolicyInSimulatePoliciesDocument = new TypedDocumentString(`
    query SimulatePrincipalPolicyInSimulatePolicies($i: SimulatePrincipalPolicyInput!) {
  simulatePrincipalPolicy(input: $i) {
    evaluationResults {
      evalActionName
      evalDecision
      matchedStatements {
        sourcePolicyId
        sourcePolicyType
        sid
        effect
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SimulatePrincipalPolicyInSimulatePoliciesQuery, SimulatePrincipalPolicyInSimulatePoliciesQueryVariables>;
export const GroupEffectivePermissionsDocument = new TypedDocumentString(`
    query GroupEffectivePermissions($g: String!) {
  group(groupName: $g) {
    effectivePermissions {
      statements {
        sid
        effect
        source {
          policyType
          viaGroup
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GroupEffectivePermissionsQuery, GroupEffectivePermissionsQueryVariables>;
export const ValidatePolicyInSimulatePoliciesDocument = new TypedDocumentString(`
    query ValidatePolicyInSimulatePolicies($d: String!) {
  validatePolicy(policyDocument: $d) {
    valid
    findings {
      findingType
      issueCode
      path
    }
  }
}
    `) as unknown as TypedDocumentString<ValidatePolicyInSimulatePoliciesQuery, ValidatePolicyInSimulatePoliciesQueryVariables>;
export const SimulateCustomPolicyWithResourcePolicyDocument = new TypedDocumentString(`
    query SimulateCustomPolicyWithResourcePolicy($i: SimulateCustomPolicyInput!) {
  simulateCustomPolicy(input: $i) {
    evaluationResults {
      evalResourceName
      evalDecision
      explanation
      matchedStatements {
        sid
        effect
        policySource {
          type
          policyId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SimulateCustomPolicyWithResourcePolicyQuery, SimulateCustomPolicyWithResourcePolicyQueryVariables>;
export const SimulatePrincipalPolicyWithResourcePolicyDocument = new TypedDocumentString(`
    query SimulatePrincipalPolicyWithResourcePolicy($i: SimulatePrincipalPolicyInput!) {
  simulatePrincipalPolicy(input: $i) {
    evaluationResults {
      evalDecision
      explanation
    }
  }
}
    `) as unknown as TypedDocumentString<SimulatePrincipalPolicyWithResourcePolicyQuery, SimulatePrincipalPolicyWithResourcePolicyQueryVariables>;
export const ValidateResourcePolicyDocument = new TypedDocumentString(`
    query ValidateResourcePolicy($d: String!) {
  validatePolicy(policyDocument: $d, policyType: RESOURCE_POLICY) {
    valid
    findings {
      findingType
      issueCode
      path
    }
  }
}
    `) as unknown as TypedDocumentString<ValidateResourcePolicyQuery, ValidateResourcePolicyQueryVariables>;
export const SimulateCustomPolicyInSimulateBoundsDocument = new TypedDocumentString(`
    query SimulateCustomPolicyInSimulateBounds($i: SimulateCustomPolicyInput!) {
  simulateCustomPolicy(input: $i) {
    evaluationResults {
      evalActionName
      evalResourceName
      evalDecision
    }
  }
}
    `) as unknown as TypedDocumentString<SimulateCustomPolicyInSimulateBoundsQuery, SimulateCustomPolicyInSimulateBoundsQueryVariables>;
export const SimulatePrincipalPolicyInSimulateBoundsDocument = new TypedDocumentString(`
    query SimulatePrincipalPolicyInSimulateBounds($i: SimulatePrincipalPolicyInput!) {
  simulatePrincipalPolicy(input: $i) {
    evaluationResults {
      evalActionName
      evalDecision
    }
  }
}
    `) as unknown as TypedDocumentString<SimulatePrincipalPolicyInSimulateBoundsQuery, SimulatePrincipalPolicyInSimulateBoundsQueryVariables>;
export const ValidatePolicyDocument = new TypedDocumentString(`
    query ValidatePolicy($d: String!) {
  validatePolicy(policyDocument: $d, policyType: IDENTITY_POLICY) {
    valid
  }
}
    `) as unknown as TypedDocumentString<ValidatePolicyQuery, ValidatePolicyQueryVariables>;
export const SimulatePrincipalPolicyInSimulateAgreeApiDocument = new TypedDocumentString(`
    query SimulatePrincipalPolicyInSimulateAgreeApi($i: SimulatePrincipalPolicyInput!) {
  simulatePrincipalPolicy(input: $i) {
    evaluationResults {
      evalActionName
      evalResourceName
      evalDecision
      explanation
      matchedStatements {
        sid
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SimulatePrincipalPolicyInSimulateAgreeApiQuery, SimulatePrincipalPolicyInSimulateAgreeApiQueryVariables>;
export const SimulateCustomPolicyInSimulateAgreeApiDocument = new TypedDocumentString(`
    query SimulateCustomPolicyInSimulateAgreeApi($i: SimulateCustomPolicyInput!) {
  simulateCustomPolicy(input: $i) {
    evaluationResults {
      evalActionName
      evalResourceName
      evalDecision
      explanation
    }
  }
}
    `) as unknown as TypedDocumentString<SimulateCustomPolicyInSimulateAgreeApiQuery, SimulateCustomPolicyInSimulateAgreeApiQueryVariables>;
export const MeInSimulateAgreeApiDocument = new TypedDocumentString(`
    query MeInSimulateAgreeApi {
  me {
    ... on User {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<MeInSimulateAgreeApiQuery, MeInSimulateAgreeApiQueryVariables>;
export const CreateRoleInStsAssumeRoleDocument = new TypedDocumentString(`
    mutation CreateRoleInStsAssumeRole($input: CreateRoleInput!) {
  createRole(input: $input) {
    role {
      roleName
      roleId
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<CreateRoleInStsAssumeRoleMutation, CreateRoleInStsAssumeRoleMutationVariables>;
export const MeInStsAssumeRoleDocument = new TypedDocumentString(`
    query MeInStsAssumeRole {
  me {
    arn
    userId
    ... on AssumedRoleSession {
      assumedRoleId
      roleArn
      roleName
      roleSessionName
      expiration
    }
  }
}
    `) as unknown as TypedDocumentString<MeInStsAssumeRoleQuery, MeInStsAssumeRoleQueryVariables>;
export const AuditEventsInStsAssumeRoleDocument = new TypedDocumentString(`
    query AuditEventsInStsAssumeRole($p: String) {
  auditEvents(principalArn: $p, action: "sts:AssumeRole") {
    edges {
      node {
        action
        resourceArn
        outcome
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEventsInStsAssumeRoleQuery, AuditEventsInStsAssumeRoleQueryVariables>;
export const AuditEventsInStsInputBoundsDocument = new TypedDocumentString(`
    query AuditEventsInStsInputBounds($p: String) {
  auditEvents(principalArn: $p, action: "sts:AssumeRole") {
    edges {
      node {
        resourceArn
        outcome
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEventsInStsInputBoundsQuery, AuditEventsInStsInputBoundsQueryVariables>;
export const AssumeRoleWithWebIdentityInStsInputBoundsDocument = new TypedDocumentString(`
    mutation AssumeRoleWithWebIdentityInStsInputBounds($i: AssumeRoleWithWebIdentityInput!) {
  assumeRoleWithWebIdentity(input: $i) {
    assumedRoleUser {
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<AssumeRoleWithWebIdentityInStsInputBoundsMutation, AssumeRoleWithWebIdentityInStsInputBoundsMutationVariables>;
export const CreateVirtualMfaDeviceInStsMfaDocument = new TypedDocumentString(`
    mutation CreateVirtualMfaDeviceInStsMfa($n: String!) {
  createVirtualMfaDevice(input: {virtualMfaDeviceName: $n}) {
    virtualMfaDevice {
      serialNumber
      base32StringSeed
    }
  }
}
    `) as unknown as TypedDocumentString<CreateVirtualMfaDeviceInStsMfaMutation, CreateVirtualMfaDeviceInStsMfaMutationVariables>;
export const EnableMfaDeviceDocument = new TypedDocumentString(`
    mutation EnableMfaDevice($i: EnableMfaDeviceInput!) {
  enableMfaDevice(input: $i) {
    mfaDevice {
      serialNumber
    }
  }
}
    `) as unknown as TypedDocumentString<EnableMfaDeviceMutation, EnableMfaDeviceMutationVariables>;
export const LoginInStsMfaDocument = new TypedDocumentString(`
    mutation LoginInStsMfa($u: String!, $p: String!) {
  login(input: {userName: $u, password: $p}) {
    status
    mfaChallenge {
      token
    }
  }
}
    `) as unknown as TypedDocumentString<LoginInStsMfaMutation, LoginInStsMfaMutationVariables>;
export const SimulatePrincipalPolicyInStsRoleChainingDocument = new TypedDocumentString(`
    query SimulatePrincipalPolicyInStsRoleChaining($i: SimulatePrincipalPolicyInput!) {
  simulatePrincipalPolicy(input: $i) {
    evaluationResults {
      evalActionName
      evalResourceName
      evalDecision
      explanation
      matchedStatements {
        sourcePolicyType
        effect
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SimulatePrincipalPolicyInStsRoleChainingQuery, SimulatePrincipalPolicyInStsRoleChainingQueryVariables>;
export const TagUserInTagRacesDocument = new TypedDocumentString(`
    mutation TagUserInTagRaces($n: String!, $t: [TagInput!]!) {
  tagUser(input: {userName: $n, tags: $t}) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<TagUserInTagRacesMutation, TagUserInTagRacesMutationVariables>;
export const UntagUserInTagRacesDocument = new TypedDocumentString(`
    mutation UntagUserInTagRaces($n: String!, $k: [String!]!) {
  untagUser(input: {userName: $n, tagKeys: $k}) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<UntagUserInTagRacesMutation, UntagUserInTagRacesMutationVariables>;
export const UserInTagRacesDocument = new TypedDocumentString(`
    query UserInTagRaces($n: String!) {
  user(userName: $n) {
    tags {
      key
      value
    }
  }
}
    `) as unknown as TypedDocumentString<UserInTagRacesQuery, UserInTagRacesQueryVariables>;
export const TagRoleInTagRacesDocument = new TypedDocumentString(`
    mutation TagRoleInTagRaces($n: String!, $t: [TagInput!]!) {
  tagRole(input: {roleName: $n, tags: $t}) {
    role {
      roleName
    }
  }
}
    `) as unknown as TypedDocumentString<TagRoleInTagRacesMutation, TagRoleInTagRacesMutationVariables>;
export const UntagRoleInTagRacesDocument = new TypedDocumentString(`
    mutation UntagRoleInTagRaces($n: String!, $k: [String!]!) {
  untagRole(input: {roleName: $n, tagKeys: $k}) {
    role {
      roleName
    }
  }
}
    `) as unknown as TypedDocumentString<UntagRoleInTagRacesMutation, UntagRoleInTagRacesMutationVariables>;
export const RoleInTagRacesDocument = new TypedDocumentString(`
    query RoleInTagRaces($n: String!) {
  role(roleName: $n) {
    tags {
      key
      value
    }
  }
}
    `) as unknown as TypedDocumentString<RoleInTagRacesQuery, RoleInTagRacesQueryVariables>;
export const UpdateUserInTrustIdentitiesDocument = new TypedDocumentString(`
    mutation UpdateUserInTrustIdentities($i: UpdateUserInput!) {
  updateUser(input: $i) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateUserInTrustIdentitiesMutation, UpdateUserInTrustIdentitiesMutationVariables>;
export const CreateUserInTrustIdentitiesDocument = new TypedDocumentString(`
    mutation CreateUserInTrustIdentities($i: CreateUserInput!) {
  createUser(input: $i) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<CreateUserInTrustIdentitiesMutation, CreateUserInTrustIdentitiesMutationVariables>;
export const UserInTrustIdentitiesDocument = new TypedDocumentString(`
    query UserInTrustIdentities($n: String!) {
  user(userName: $n) {
    userId
  }
}
    `) as unknown as TypedDocumentString<UserInTrustIdentitiesQuery, UserInTrustIdentitiesQueryVariables>;
export const CreateRoleInTrustIdentitiesDocument = new TypedDocumentString(`
    mutation CreateRoleInTrustIdentities($i: CreateRoleInput!) {
  createRole(input: $i) {
    role {
      roleId
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<CreateRoleInTrustIdentitiesMutation, CreateRoleInTrustIdentitiesMutationVariables>;
export const ValidatePolicyInTrustIdentitiesDocument = new TypedDocumentString(`
    query ValidatePolicyInTrustIdentities($d: String!) {
  validatePolicy(policyDocument: $d, policyType: TRUST_POLICY) {
    valid
    findings {
      findingType
      issueCode
      path
    }
  }
}
    `) as unknown as TypedDocumentString<ValidatePolicyInTrustIdentitiesQuery, ValidatePolicyInTrustIdentitiesQueryVariables>;
export const UserInUserCacheDocument = new TypedDocumentString(`
    query UserInUserCache($n: String!) {
  user(userName: $n) {
    arn
    path
    tags {
      key
      value
    }
  }
}
    `) as unknown as TypedDocumentString<UserInUserCacheQuery, UserInUserCacheQueryVariables>;
export const MoveUserInUserCacheDocument = new TypedDocumentString(`
    mutation MoveUserInUserCache($n: String!, $p: String!) {
  updateUser(input: {userName: $n, newPath: $p}) {
    user {
      path
    }
  }
}
    `) as unknown as TypedDocumentString<MoveUserInUserCacheMutation, MoveUserInUserCacheMutationVariables>;
export const PasswordLastUsedInUserCacheDocument = new TypedDocumentString(`
    query PasswordLastUsedInUserCache($n: String!) {
  user(userName: $n) {
    passwordLastUsed
  }
}
    `) as unknown as TypedDocumentString<PasswordLastUsedInUserCacheQuery, PasswordLastUsedInUserCacheQueryVariables>;
export const EffectiveByArnInUserCacheDocument = new TypedDocumentString(`
    query EffectiveByArnInUserCache($a: String!) {
  effectivePermissions(principalArn: $a) {
    principalArn
  }
}
    `) as unknown as TypedDocumentString<EffectiveByArnInUserCacheQuery, EffectiveByArnInUserCacheQueryVariables>;
export const CreateUserInFoundationDocument = new TypedDocumentString(`
    mutation CreateUserInFoundation {
  createUser(input: {userName: "no spaces allowed"}) {
    user {
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<CreateUserInFoundationMutation, CreateUserInFoundationMutationVariables>;
export const UserInFoundationDocument = new TypedDocumentString(`
    query UserInFoundation {
  user(userName: "nobody-here") {
    arn
  }
}
    `) as unknown as TypedDocumentString<UserInFoundationQuery, UserInFoundationQueryVariables>;
export const UsersInUsersDocument = new TypedDocumentString(`
    query UsersInUsers($p: String, $a: String) {
  users(first: 2, after: $a, pathPrefix: $p) {
    edges {
      node {
        userName
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<UsersInUsersQuery, UsersInUsersQueryVariables>;
export const UsersInUsers2Document = new TypedDocumentString(`
    query UsersInUsers2 {
  users(first: 0) {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<UsersInUsers2Query, UsersInUsers2QueryVariables>;
export const UsersInUsers3Document = new TypedDocumentString(`
    query UsersInUsers3 {
  users(after: "%%%") {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<UsersInUsers3Query, UsersInUsers3QueryVariables>;
export const UpdateUserInUsersDocument = new TypedDocumentString(`
    mutation UpdateUserInUsers($u: String!, $n: String!) {
  updateUser(input: {userName: $u, newUserName: $n, newPath: "/ops/"}) {
    user {
      arn
      userId
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateUserInUsersMutation, UpdateUserInUsersMutationVariables>;
export const UserInUsersDocument = new TypedDocumentString(`
    query UserInUsers($u: String!) {
  user(userName: $u) {
    arn
  }
}
    `) as unknown as TypedDocumentString<UserInUsersQuery, UserInUsersQueryVariables>;
export const TagUserInUsersDocument = new TypedDocumentString(`
    mutation TagUserInUsers($u: String!) {
  tagUser(
    input: {userName: $u, tags: [{key: "team", value: "red"}, {key: "cost", value: "42"}]}
  ) {
    user {
      tags {
        key
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TagUserInUsersMutation, TagUserInUsersMutationVariables>;
export const UntagUserInUsersDocument = new TypedDocumentString(`
    mutation UntagUserInUsers($u: String!) {
  untagUser(input: {userName: $u, tagKeys: ["TEAM"]}) {
    user {
      tags {
        key
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UntagUserInUsersMutation, UntagUserInUsersMutationVariables>;
export const TagUserInUsers2Document = new TypedDocumentString(`
    mutation TagUserInUsers2($u: String!, $t: [TagInput!]!) {
  tagUser(input: {userName: $u, tags: $t}) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<TagUserInUsers2Mutation, TagUserInUsers2MutationVariables>;
export const TagUserInUsers3Document = new TypedDocumentString(`
    mutation TagUserInUsers3($u: String!) {
  tagUser(input: {userName: $u, tags: [{key: "aws:x", value: "v"}]}) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<TagUserInUsers3Mutation, TagUserInUsers3MutationVariables>;
export const CreateLoginProfileInUsersDocument = new TypedDocumentString(`
    mutation CreateLoginProfileInUsers($u: String!, $p: String!) {
  createLoginProfile(input: {userName: $u, password: $p}) {
    loginProfile {
      userName
      createDate
    }
  }
}
    `) as unknown as TypedDocumentString<CreateLoginProfileInUsersMutation, CreateLoginProfileInUsersMutationVariables>;
export const DeleteLoginProfileInUsersDocument = new TypedDocumentString(`
    mutation DeleteLoginProfileInUsers($u: String!) {
  deleteLoginProfile(input: {userName: $u}) {
    userName
  }
}
    `) as unknown as TypedDocumentString<DeleteLoginProfileInUsersMutation, DeleteLoginProfileInUsersMutationVariables>;
export const CreateLoginProfileInUsers2Document = new TypedDocumentString(`
    mutation CreateLoginProfileInUsers2($u: String!, $p: String!) {
  createLoginProfile(
    input: {userName: $u, password: $p, passwordResetRequired: true}
  ) {
    loginProfile {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<CreateLoginProfileInUsers2Mutation, CreateLoginProfileInUsers2MutationVariables>;
export const UsersInUsers4Document = new TypedDocumentString(`
    query UsersInUsers4 {
  users {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<UsersInUsers4Query, UsersInUsers4QueryVariables>;
export const CreateUserInUsersDocument = new TypedDocumentString(`
    mutation CreateUserInUsers($n: String!) {
  createUser(
    input: {userName: $n, permissionsBoundary: "arn:aws:iam::aws:policy/IAMReadOnlyAccess"}
  ) {
    user {
      permissionsBoundary {
        permissionsBoundaryArn
        permissionsBoundaryType
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreateUserInUsersMutation, CreateUserInUsersMutationVariables>;
export const CreateUserInUsers2Document = new TypedDocumentString(`
    mutation CreateUserInUsers2($n: String!) {
  createUser(
    input: {userName: $n, permissionsBoundary: "arn:aws:iam::000000000000:policy/NoSuchPolicy"}
  ) {
    user {
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<CreateUserInUsers2Mutation, CreateUserInUsers2MutationVariables>;
export const DeactivateInPasskeyTestsDocument = new TypedDocumentString(`
    mutation DeactivateInPasskeyTests($i: DeactivateMfaDeviceInput!) {
  deactivateMfaDevice(input: $i) {
    serialNumber
  }
}
    `) as unknown as TypedDocumentString<DeactivateInPasskeyTestsMutation, DeactivateInPasskeyTestsMutationVariables>;
export const DeactivateInWebAuthnTestsDocument = new TypedDocumentString(`
    mutation DeactivateInWebAuthnTests($i: DeactivateMfaDeviceInput!) {
  deactivateMfaDevice(input: $i) {
    serialNumber
  }
}
    `) as unknown as TypedDocumentString<DeactivateInWebAuthnTestsMutation, DeactivateInWebAuthnTestsMutationVariables>;
export const AuditEventsInWebAuthnTestsDocument = new TypedDocumentString(`
    query AuditEventsInWebAuthnTests($a: String) {
  auditEvents(first: 50, action: $a) {
    edges {
      node {
        action
        resourceArn
        outcome
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEventsInWebAuthnTestsQuery, AuditEventsInWebAuthnTestsQueryVariables>;
export const RespondEitherInWebAuthnTestsDocument = new TypedDocumentString(`
    mutation RespondEitherInWebAuthnTests($t: String!, $c: String, $r: String) {
  respondToMfaChallenge(
    input: {challengeToken: $t, code: $c, webAuthnResponseJson: $r}
  ) {
    status
  }
}
    `) as unknown as TypedDocumentString<RespondEitherInWebAuthnTestsMutation, RespondEitherInWebAuthnTestsMutationVariables>;
export const CreateUserInFactoriesDocument = new TypedDocumentString(`
    mutation CreateUserInFactories($input: CreateUserInput!) {
  createUser(input: $input) {
    user {
      userName
      userId
      arn
      path
    }
  }
}
    `) as unknown as TypedDocumentString<CreateUserInFactoriesMutation, CreateUserInFactoriesMutationVariables>;
export const CreateLoginProfileInFactoriesDocument = new TypedDocumentString(`
    mutation CreateLoginProfileInFactories($input: CreateLoginProfileInput!) {
  createLoginProfile(input: $input) {
    loginProfile {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<CreateLoginProfileInFactoriesMutation, CreateLoginProfileInFactoriesMutationVariables>;
export const AssumeRoleForSessionDocument = new TypedDocumentString(`
    mutation AssumeRoleForSession($input: AssumeRoleInput!) {
  assumeRole(input: $input) {
    credentials {
      sessionToken
      expiration
    }
    assumedRoleUser {
      arn
      assumedRoleId
    }
  }
}
    `) as unknown as TypedDocumentString<AssumeRoleForSessionMutation, AssumeRoleForSessionMutationVariables>;
export const CreateRoleInIamFixturesDocument = new TypedDocumentString(`
    mutation CreateRoleInIamFixtures($i: CreateRoleInput!) {
  createRole(input: $i) {
    role {
      roleName
      roleId
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<CreateRoleInIamFixturesMutation, CreateRoleInIamFixturesMutationVariables>;
export const LoginInMfaDocument = new TypedDocumentString(`
    mutation LoginInMfa($u: String!, $p: String!) {
  login(input: {userName: $u, password: $p}) {
    status
    session {
      token
      expiresAt
      mfaAuthenticated
    }
    mfaChallenge {
      token
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<LoginInMfaMutation, LoginInMfaMutationVariables>;
export const CreateVirtualMfaDeviceInMfaDocument = new TypedDocumentString(`
    mutation CreateVirtualMfaDeviceInMfa($n: String!) {
  createVirtualMfaDevice(input: {virtualMfaDeviceName: $n}) {
    virtualMfaDevice {
      serialNumber
      base32StringSeed
      otpauthUri
      qrCodeSvg
    }
  }
}
    `) as unknown as TypedDocumentString<CreateVirtualMfaDeviceInMfaMutation, CreateVirtualMfaDeviceInMfaMutationVariables>;
export const EnableMfaDeviceInMfaDocument = new TypedDocumentString(`
    mutation EnableMfaDeviceInMfa($i: EnableMfaDeviceInput!) {
  enableMfaDevice(input: $i) {
    mfaDevice {
      serialNumber
      userName
      enableDate
    }
    recoveryCodes
  }
}
    `) as unknown as TypedDocumentString<EnableMfaDeviceInMfaMutation, EnableMfaDeviceInMfaMutationVariables>;
export const AccountPasswordPolicyDocument = new TypedDocumentString(`
    query AccountPasswordPolicy {
  accountPasswordPolicy {
    minimumPasswordLength
  }
}
    `) as unknown as TypedDocumentString<AccountPasswordPolicyQuery, AccountPasswordPolicyQueryVariables>;
export const AddUserToGroupDocument = new TypedDocumentString(`
    mutation AddUserToGroup($i: AddUserToGroupInput!) {
  addUserToGroup(input: $i) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<AddUserToGroupMutation, AddUserToGroupMutationVariables>;
export const AssumeRoleSessionArnDocument = new TypedDocumentString(`
    mutation AssumeRoleSessionArn($input: AssumeRoleInput!) {
  assumeRole(input: $input) {
    credentials {
      sessionToken
    }
    assumedRoleUser {
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<AssumeRoleSessionArnMutation, AssumeRoleSessionArnMutationVariables>;
export const AttachGroupPolicyDocument = new TypedDocumentString(`
    mutation AttachGroupPolicy($i: AttachGroupPolicyInput!) {
  attachGroupPolicy(input: $i) {
    group {
      groupName
    }
  }
}
    `) as unknown as TypedDocumentString<AttachGroupPolicyMutation, AttachGroupPolicyMutationVariables>;
export const AttachRolePolicyDocument = new TypedDocumentString(`
    mutation AttachRolePolicy($i: AttachRolePolicyInput!) {
  attachRolePolicy(input: $i) {
    role {
      roleName
    }
  }
}
    `) as unknown as TypedDocumentString<AttachRolePolicyMutation, AttachRolePolicyMutationVariables>;
export const AttachUserPolicyDocument = new TypedDocumentString(`
    mutation AttachUserPolicy($u: String!) {
  attachUserPolicy(
    input: {userName: $u, policyArn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess"}
  ) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<AttachUserPolicyMutation, AttachUserPolicyMutationVariables>;
export const AttachUserPolicyByInputDocument = new TypedDocumentString(`
    mutation AttachUserPolicyByInput($i: AttachUserPolicyInput!) {
  attachUserPolicy(input: $i) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<AttachUserPolicyByInputMutation, AttachUserPolicyByInputMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($i: ChangePasswordInput!) {
  changePassword(input: $i) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const CreateAccessKeyDocument = new TypedDocumentString(`
    mutation CreateAccessKey($u: String) {
  createAccessKey(input: {userName: $u}) {
    accessKey {
      accessKeyId
      secretAccessKey
    }
  }
}
    `) as unknown as TypedDocumentString<CreateAccessKeyMutation, CreateAccessKeyMutationVariables>;
export const CreateAccessKeyIdDocument = new TypedDocumentString(`
    mutation CreateAccessKeyId($u: String!) {
  createAccessKey(input: {userName: $u}) {
    accessKey {
      accessKeyId
    }
  }
}
    `) as unknown as TypedDocumentString<CreateAccessKeyIdMutation, CreateAccessKeyIdMutationVariables>;
export const CreateGroupDocument = new TypedDocumentString(`
    mutation CreateGroup($i: CreateGroupInput!) {
  createGroup(input: $i) {
    group {
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<CreateGroupMutation, CreateGroupMutationVariables>;
export const CreateLoginProfileDocument = new TypedDocumentString(`
    mutation CreateLoginProfile($i: CreateLoginProfileInput!) {
  createLoginProfile(input: $i) {
    loginProfile {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<CreateLoginProfileMutation, CreateLoginProfileMutationVariables>;
export const CreateOidcProviderDocument = new TypedDocumentString(`
    mutation CreateOidcProvider($input: CreateOpenIdConnectProviderInput!) {
  createOpenIdConnectProvider(input: $input) {
    openIdConnectProviderArn
  }
}
    `) as unknown as TypedDocumentString<CreateOidcProviderMutation, CreateOidcProviderMutationVariables>;
export const CreateOidcProviderForClientDocument = new TypedDocumentString(`
    mutation CreateOidcProviderForClient($u: String!, $c: String!) {
  createOpenIdConnectProvider(input: {url: $u, clientIdList: [$c]}) {
    openIdConnectProviderArn
  }
}
    `) as unknown as TypedDocumentString<CreateOidcProviderForClientMutation, CreateOidcProviderForClientMutationVariables>;
export const CreatePolicyDocument = new TypedDocumentString(`
    mutation CreatePolicy($i: CreatePolicyInput!) {
  createPolicy(input: $i) {
    policy {
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<CreatePolicyMutation, CreatePolicyMutationVariables>;
export const CreatePolicyVersionDocument = new TypedDocumentString(`
    mutation CreatePolicyVersion($i: CreatePolicyVersionInput!) {
  createPolicyVersion(input: $i) {
    policyVersion {
      versionId
    }
  }
}
    `) as unknown as TypedDocumentString<CreatePolicyVersionMutation, CreatePolicyVersionMutationVariables>;
export const CreateRoleDocument = new TypedDocumentString(`
    mutation CreateRole($i: CreateRoleInput!) {
  createRole(input: $i) {
    role {
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<CreateRoleMutation, CreateRoleMutationVariables>;
export const CreateRoleNameDocument = new TypedDocumentString(`
    mutation CreateRoleName($i: CreateRoleInput!) {
  createRole(input: $i) {
    role {
      roleName
    }
  }
}
    `) as unknown as TypedDocumentString<CreateRoleNameMutation, CreateRoleNameMutationVariables>;
export const CreateRoleArnDocument = new TypedDocumentString(`
    mutation CreateRoleArn($input: CreateRoleInput!) {
  createRole(input: $input) {
    role {
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<CreateRoleArnMutation, CreateRoleArnMutationVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($n: String!) {
  createUser(input: {userName: $n}) {
    user {
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const CreateUserArnDocument = new TypedDocumentString(`
    mutation CreateUserArn($i: CreateUserInput!) {
  createUser(input: $i) {
    user {
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<CreateUserArnMutation, CreateUserArnMutationVariables>;
export const DeleteGroupDocument = new TypedDocumentString(`
    mutation DeleteGroup($g: String!) {
  deleteGroup(input: {groupName: $g}) {
    groupName
  }
}
    `) as unknown as TypedDocumentString<DeleteGroupMutation, DeleteGroupMutationVariables>;
export const DeleteLoginProfileByInputDocument = new TypedDocumentString(`
    mutation DeleteLoginProfileByInput($i: DeleteLoginProfileInput!) {
  deleteLoginProfile(input: $i) {
    userName
  }
}
    `) as unknown as TypedDocumentString<DeleteLoginProfileByInputMutation, DeleteLoginProfileByInputMutationVariables>;
export const DeleteOpenIdConnectProviderDocument = new TypedDocumentString(`
    mutation DeleteOpenIdConnectProvider($a: String!) {
  deleteOpenIdConnectProvider(input: {openIdConnectProviderArn: $a}) {
    openIdConnectProviderArn
  }
}
    `) as unknown as TypedDocumentString<DeleteOpenIdConnectProviderMutation, DeleteOpenIdConnectProviderMutationVariables>;
export const DeletePolicyDocument = new TypedDocumentString(`
    mutation DeletePolicy($i: DeletePolicyInput!) {
  deletePolicy(input: $i) {
    policyArn
  }
}
    `) as unknown as TypedDocumentString<DeletePolicyMutation, DeletePolicyMutationVariables>;
export const DeletePolicyVersionDocument = new TypedDocumentString(`
    mutation DeletePolicyVersion($i: DeletePolicyVersionInput!) {
  deletePolicyVersion(input: $i) {
    policy {
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<DeletePolicyVersionMutation, DeletePolicyVersionMutationVariables>;
export const DeleteRoleDocument = new TypedDocumentString(`
    mutation DeleteRole($n: String!) {
  deleteRole(input: {roleName: $n}) {
    roleName
  }
}
    `) as unknown as TypedDocumentString<DeleteRoleMutation, DeleteRoleMutationVariables>;
export const DeleteRoleByInputDocument = new TypedDocumentString(`
    mutation DeleteRoleByInput($i: DeleteRoleInput!) {
  deleteRole(input: $i) {
    roleName
  }
}
    `) as unknown as TypedDocumentString<DeleteRoleByInputMutation, DeleteRoleByInputMutationVariables>;
export const DeleteRolePolicyDocument = new TypedDocumentString(`
    mutation DeleteRolePolicy($i: DeleteRolePolicyInput!) {
  deleteRolePolicy(input: $i) {
    role {
      roleName
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteRolePolicyMutation, DeleteRolePolicyMutationVariables>;
export const DeleteUserDocument = new TypedDocumentString(`
    mutation DeleteUser($u: String!) {
  deleteUser(input: {userName: $u}) {
    userName
  }
}
    `) as unknown as TypedDocumentString<DeleteUserMutation, DeleteUserMutationVariables>;
export const DeleteUserByInputDocument = new TypedDocumentString(`
    mutation DeleteUserByInput($i: DeleteUserInput!) {
  deleteUser(input: $i) {
    userName
  }
}
    `) as unknown as TypedDocumentString<DeleteUserByInputMutation, DeleteUserByInputMutationVariables>;
export const DeleteUserPolicyDocument = new TypedDocumentString(`
    mutation DeleteUserPolicy($i: DeleteUserPolicyInput!) {
  deleteUserPolicy(input: $i) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteUserPolicyMutation, DeleteUserPolicyMutationVariables>;
export const DeleteVirtualMfaDeviceDocument = new TypedDocumentString(`
    mutation DeleteVirtualMfaDevice($s: String!) {
  deleteVirtualMfaDevice(input: {serialNumber: $s}) {
    serialNumber
  }
}
    `) as unknown as TypedDocumentString<DeleteVirtualMfaDeviceMutation, DeleteVirtualMfaDeviceMutationVariables>;
export const DetachRolePolicyDocument = new TypedDocumentString(`
    mutation DetachRolePolicy($i: DetachRolePolicyInput!) {
  detachRolePolicy(input: $i) {
    role {
      roleName
    }
  }
}
    `) as unknown as TypedDocumentString<DetachRolePolicyMutation, DetachRolePolicyMutationVariables>;
export const DetachUserPolicyDocument = new TypedDocumentString(`
    mutation DetachUserPolicy($i: DetachUserPolicyInput!) {
  detachUserPolicy(input: $i) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<DetachUserPolicyMutation, DetachUserPolicyMutationVariables>;
export const EffectivePermissionsPrincipalDocument = new TypedDocumentString(`
    query EffectivePermissionsPrincipal($a: String!) {
  effectivePermissions(principalArn: $a) {
    principalArn
  }
}
    `) as unknown as TypedDocumentString<EffectivePermissionsPrincipalQuery, EffectivePermissionsPrincipalQueryVariables>;
export const GenerateRecoveryCodesForDocument = new TypedDocumentString(`
    mutation GenerateRecoveryCodesFor($u: String) {
  generateRecoveryCodes(input: {userName: $u}) {
    recoveryCodes
  }
}
    `) as unknown as TypedDocumentString<GenerateRecoveryCodesForMutation, GenerateRecoveryCodesForMutationVariables>;
export const GetSessionTokenDocument = new TypedDocumentString(`
    mutation GetSessionToken($i: GetSessionTokenInput!) {
  getSessionToken(input: $i) {
    credentials {
      sessionToken
    }
  }
}
    `) as unknown as TypedDocumentString<GetSessionTokenMutation, GetSessionTokenMutationVariables>;
export const LoginSessionDocument = new TypedDocumentString(`
    mutation LoginSession($u: String!, $p: String!) {
  login(input: {userName: $u, password: $p}) {
    session {
      token
    }
  }
}
    `) as unknown as TypedDocumentString<LoginSessionMutation, LoginSessionMutationVariables>;
export const LoginStatusAndSessionDocument = new TypedDocumentString(`
    mutation LoginStatusAndSession($u: String!, $p: String!) {
  login(input: {userName: $u, password: $p}) {
    status
    session {
      token
    }
  }
}
    `) as unknown as TypedDocumentString<LoginStatusAndSessionMutation, LoginStatusAndSessionMutationVariables>;
export const LoginStatusDocument = new TypedDocumentString(`
    mutation LoginStatus($u: String!, $p: String!) {
  login(input: {userName: $u, password: $p}) {
    status
  }
}
    `) as unknown as TypedDocumentString<LoginStatusMutation, LoginStatusMutationVariables>;
export const LoginWithSessionDeliveryDocument = new TypedDocumentString(`
    mutation LoginWithSessionDelivery($u: String!, $p: String!, $d: SessionDelivery) {
  login(input: {userName: $u, password: $p, sessionDelivery: $d}) {
    status
    session {
      token
      expiresAt
      mfaAuthenticated
    }
  }
}
    `) as unknown as TypedDocumentString<LoginWithSessionDeliveryMutation, LoginWithSessionDeliveryMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    arn
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const PoliciesDocument = new TypedDocumentString(`
    query Policies {
  policies {
    edges {
      node {
        arn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PoliciesQuery, PoliciesQueryVariables>;
export const PolicyDocument = new TypedDocumentString(`
    query Policy($a: String!) {
  policy(arn: $a) {
    arn
  }
}
    `) as unknown as TypedDocumentString<PolicyQuery, PolicyQueryVariables>;
export const PutRolePermissionsBoundaryDocument = new TypedDocumentString(`
    mutation PutRolePermissionsBoundary($i: PutRolePermissionsBoundaryInput!) {
  putRolePermissionsBoundary(input: $i) {
    role {
      roleName
    }
  }
}
    `) as unknown as TypedDocumentString<PutRolePermissionsBoundaryMutation, PutRolePermissionsBoundaryMutationVariables>;
export const PutRolePolicyDocument = new TypedDocumentString(`
    mutation PutRolePolicy($i: PutRolePolicyInput!) {
  putRolePolicy(input: $i) {
    role {
      roleName
    }
  }
}
    `) as unknown as TypedDocumentString<PutRolePolicyMutation, PutRolePolicyMutationVariables>;
export const PutUserPermissionsBoundaryDocument = new TypedDocumentString(`
    mutation PutUserPermissionsBoundary($i: PutUserPermissionsBoundaryInput!) {
  putUserPermissionsBoundary(input: $i) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<PutUserPermissionsBoundaryMutation, PutUserPermissionsBoundaryMutationVariables>;
export const PutUserPolicyDocument = new TypedDocumentString(`
    mutation PutUserPolicy($i: PutUserPolicyInput!) {
  putUserPolicy(input: $i) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<PutUserPolicyMutation, PutUserPolicyMutationVariables>;
export const RespondToMfaChallengeDocument = new TypedDocumentString(`
    mutation RespondToMfaChallenge($t: String!, $c: String!) {
  respondToMfaChallenge(input: {challengeToken: $t, code: $c}) {
    status
    session {
      token
      mfaAuthenticated
    }
  }
}
    `) as unknown as TypedDocumentString<RespondToMfaChallengeMutation, RespondToMfaChallengeMutationVariables>;
export const RevokeRoleSessionsDocument = new TypedDocumentString(`
    mutation RevokeRoleSessions($n: String!) {
  revokeRoleSessions(input: {roleName: $n}) {
    revokedCount
  }
}
    `) as unknown as TypedDocumentString<RevokeRoleSessionsMutation, RevokeRoleSessionsMutationVariables>;
export const RevokeUserSessionsDocument = new TypedDocumentString(`
    mutation RevokeUserSessions($n: String!) {
  revokeUserSessions(input: {userName: $n}) {
    revokedCount
  }
}
    `) as unknown as TypedDocumentString<RevokeUserSessionsMutation, RevokeUserSessionsMutationVariables>;
export const RoleTrustPolicyDocument = new TypedDocumentString(`
    query RoleTrustPolicy($n: String!) {
  role(roleName: $n) {
    assumeRolePolicyDocument
  }
}
    `) as unknown as TypedDocumentString<RoleTrustPolicyQuery, RoleTrustPolicyQueryVariables>;
export const RoleArnDocument = new TypedDocumentString(`
    query RoleArn($n: String!) {
  role(roleName: $n) {
    arn
  }
}
    `) as unknown as TypedDocumentString<RoleArnQuery, RoleArnQueryVariables>;
export const SetDefaultPolicyVersionDocument = new TypedDocumentString(`
    mutation SetDefaultPolicyVersion($i: SetDefaultPolicyVersionInput!) {
  setDefaultPolicyVersion(input: $i) {
    policy {
      defaultVersionId
    }
  }
}
    `) as unknown as TypedDocumentString<SetDefaultPolicyVersionMutation, SetDefaultPolicyVersionMutationVariables>;
export const SetDefaultPolicyVersionArnDocument = new TypedDocumentString(`
    mutation SetDefaultPolicyVersionArn($i: SetDefaultPolicyVersionInput!) {
  setDefaultPolicyVersion(input: $i) {
    policy {
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<SetDefaultPolicyVersionArnMutation, SetDefaultPolicyVersionArnMutationVariables>;
export const TagUserDocument = new TypedDocumentString(`
    mutation TagUser($i: TagUserInput!) {
  tagUser(input: $i) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<TagUserMutation, TagUserMutationVariables>;
export const TypenameDocument = new TypedDocumentString(`
    query Typename {
  __typename
}
    `) as unknown as TypedDocumentString<TypenameQuery, TypenameQueryVariables>;
export const UpdateTrustPolicyDocument = new TypedDocumentString(`
    mutation UpdateTrustPolicy($i: UpdateAssumeRolePolicyInput!) {
  updateAssumeRolePolicy(input: $i) {
    role {
      roleName
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateTrustPolicyMutation, UpdateTrustPolicyMutationVariables>;
export const UpdateLoginProfileDocument = new TypedDocumentString(`
    mutation UpdateLoginProfile($i: UpdateLoginProfileInput!) {
  updateLoginProfile(input: $i) {
    loginProfile {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateLoginProfileMutation, UpdateLoginProfileMutationVariables>;
export const UpdateRoleNameDocument = new TypedDocumentString(`
    mutation UpdateRoleName($i: UpdateRoleInput!) {
  updateRole(input: $i) {
    role {
      roleName
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateRoleNameMutation, UpdateRoleNameMutationVariables>;
export const UserArnDocument = new TypedDocumentString(`
    query UserArn($n: String!) {
  user(userName: $n) {
    arn
  }
}
    `) as unknown as TypedDocumentString<UserArnQuery, UserArnQueryVariables>;
export const UserNameDocument = new TypedDocumentString(`
    query UserName($n: String!) {
  user(userName: $n) {
    userName
  }
}
    `) as unknown as TypedDocumentString<UserNameQuery, UserNameQueryVariables>;
export const UserNameByNameDocument = new TypedDocumentString(`
    query UserNameByName($n: String!) {
  user(userName: $n) {
    userName
  }
}
    `) as unknown as TypedDocumentString<UserNameByNameQuery, UserNameByNameQueryVariables>;
export const FirstUserCursorDocument = new TypedDocumentString(`
    query FirstUserCursor {
  users(first: 1) {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<FirstUserCursorQuery, FirstUserCursorQueryVariables>;
export const FirstUserNameDocument = new TypedDocumentString(`
    query FirstUserName {
  users(first: 1) {
    edges {
      node {
        userName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FirstUserNameQuery, FirstUserNameQueryVariables>;
export const UserNamesDocument = new TypedDocumentString(`
    query UserNames {
  users {
    edges {
      node {
        userName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UserNamesQuery, UserNamesQueryVariables>;
export const AdminLoginDocument = new TypedDocumentString(`
    mutation AdminLogin($u: String!, $p: String!) {
  login(input: {userName: $u, password: $p}) {
    status
    session {
      token
    }
  }
}
    `) as unknown as TypedDocumentString<AdminLoginMutation, AdminLoginMutationVariables>;
export const CreateWebAuthnRegistrationOptionsInTestsDocument = new TypedDocumentString(`
    mutation CreateWebAuthnRegistrationOptionsInTests($i: CreateWebAuthnRegistrationOptionsInput!) {
  createWebAuthnRegistrationOptions(input: $i) {
    optionsJson
  }
}
    `) as unknown as TypedDocumentString<CreateWebAuthnRegistrationOptionsInTestsMutation, CreateWebAuthnRegistrationOptionsInTestsMutationVariables>;
export const CompleteWebAuthnRegistrationInTestsDocument = new TypedDocumentString(`
    mutation CompleteWebAuthnRegistrationInTests($i: CompleteWebAuthnRegistrationInput!) {
  completeWebAuthnRegistration(input: $i) {
    mfaDevice {
      serialNumber
      type
      enableDate
      userName
      passkeySignIn
    }
    recoveryCodes
  }
}
    `) as unknown as TypedDocumentString<CompleteWebAuthnRegistrationInTestsMutation, CompleteWebAuthnRegistrationInTestsMutationVariables>;
export const LoginInWebAuthnTestsDocument = new TypedDocumentString(`
    mutation LoginInWebAuthnTests($u: String!, $p: String!) {
  login(input: {userName: $u, password: $p}) {
    status
    session {
      token
      mfaAuthenticated
    }
    mfaChallenge {
      token
      methods
      webAuthnOptionsJson
    }
  }
}
    `) as unknown as TypedDocumentString<LoginInWebAuthnTestsMutation, LoginInWebAuthnTestsMutationVariables>;
export const RespondWithWebAuthnInTestsDocument = new TypedDocumentString(`
    mutation RespondWithWebAuthnInTests($t: String!, $r: String!) {
  respondToMfaChallenge(input: {challengeToken: $t, webAuthnResponseJson: $r}) {
    status
    session {
      token
      mfaAuthenticated
    }
  }
}
    `) as unknown as TypedDocumentString<RespondWithWebAuthnInTestsMutation, RespondWithWebAuthnInTestsMutationVariables>;
export const CreatePasskeySignInOptionsInTestsDocument = new TypedDocumentString(`
    mutation CreatePasskeySignInOptionsInTests {
  createPasskeySignInOptions {
    challengeToken
    optionsJson
  }
}
    `) as unknown as TypedDocumentString<CreatePasskeySignInOptionsInTestsMutation, CreatePasskeySignInOptionsInTestsMutationVariables>;
export const CompletePasskeySignInInTestsDocument = new TypedDocumentString(`
    mutation CompletePasskeySignInInTests($i: CompletePasskeySignInInput!) {
  completePasskeySignIn(input: $i) {
    status
    session {
      token
      mfaAuthenticated
    }
    mfaChallenge {
      token
    }
  }
}
    `) as unknown as TypedDocumentString<CompletePasskeySignInInTestsMutation, CompletePasskeySignInInTestsMutationVariables>;
export const MfaDevicesInWebAuthnTestsDocument = new TypedDocumentString(`
    query MfaDevicesInWebAuthnTests($n: String!) {
  user(userName: $n) {
    mfaDevices {
      serialNumber
      type
      passkeySignIn
    }
  }
}
    `) as unknown as TypedDocumentString<MfaDevicesInWebAuthnTestsQuery, MfaDevicesInWebAuthnTestsQueryVariables>;