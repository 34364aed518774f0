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

/** The outcome of an audited call. */
export type AuditOutcome =
  /** The call was refused or failed, and changed nothing. */
  | 'FAILURE'
  /** The call did what it asked. */
  | 'SUCCESS';

/** One request of callerPermissions: an action and the resource it would be performed on. */
export type CallerPermissionRequest = {
  /** The action, e.g. `iam:ChangePassword`: 1 to 128 characters, `service:Action`. */
  action: string;
  /** The resource's ARN, or `*`: 1 to 2,048 characters. */
  resource: string;
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

/** A policy statement's effect. */
export type Effect =
  /** Allows what the statement matches, unless a deny or a boundary says otherwise. */
  | 'Allow'
  /** Denies what the statement matches, whatever allows it. */
  | 'Deny';

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

/** A tag to set. */
export type TagInput = {
  /** 1 to 128 characters: letters, digits, spaces and `_.:/=+-@`; not starting with `aws:`. Case-insensitive: an existing key keeps its case and gets the new value. */
  key: string;
  /** 0 to 256 characters of the same set. */
  value: string;
};

/** Which rules `validatePolicy` applies. */
export type ValidatePolicyType =
  /** An identity policy (managed or inline): Action and Resource, no Principal; at most 6,144 characters other than whitespace. */
  | 'IDENTITY_POLICY'
  /** A resource-based policy (a bucket's, a queue's, a document's): each statement needs a Principal or NotPrincipal (MISSING_PRINCIPAL) and a Resource or NotResource; any service's actions. */
  | 'RESOURCE_POLICY'
  /** A role's trust policy: a Principal, only sts:AssumeRole* actions, no Resource; at most 2,048 characters other than whitespace. */
  | 'TRUST_POLICY';

export type ConsoleStatementFragment = { sid: string | null, effect: Effect, actions: Array<string> | null, notActions: Array<string> | null, resources: Array<string> | null, notResources: Array<string> | null, condition: unknown, policySource: { type: PolicySourceType, policyName: string | null, policyId: string, viaGroup: string | null, statementIndex: number | null } };

export type ConsoleCreateUserMutationVariables = Exact<{
  u: string;
  path?: string | null | undefined;
}>;


export type ConsoleCreateUserMutation = { createUser: { user: { userName: string } } | null };

export type ConsoleDeleteUserMutationVariables = Exact<{
  u: string;
}>;


export type ConsoleDeleteUserMutation = { deleteUser: { __typename: 'DeleteUserPayload' } | null };

export type ConsoleAddUserToGroupMutationVariables = Exact<{
  g: string;
  u: string;
}>;


export type ConsoleAddUserToGroupMutation = { addUserToGroup: { __typename: 'AddUserToGroupPayload' } | null };

export type ConsoleRemoveUserFromGroupMutationVariables = Exact<{
  g: string;
  u: string;
}>;


export type ConsoleRemoveUserFromGroupMutation = { removeUserFromGroup: { __typename: 'RemoveUserFromGroupPayload' } | null };

export type ConsoleGroupChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleGroupChoicesQuery = { groups: { edges: Array<{ node: { groupName: string } }> } | null };

export type ConsoleGroupDetailQueryVariables = Exact<{
  g: string;
}>;


export type ConsoleGroupDetailQuery = { group: { groupName: string, arn: string, path: string, createDate: string, users: { edges: Array<{ node: { userName: string } }> } | null, attachedManagedPolicies: Array<{ policyName: string, policyArn: string }> | null, inlinePolicies: Array<{ policyName: string, policyDocument: string }> | null, effectivePermissions: { statements: Array<{ sid: string | null, effect: Effect, actions: Array<string> | null, notActions: Array<string> | null, resources: Array<string> | null, notResources: Array<string> | null, condition: unknown, policySource: { type: PolicySourceType, policyName: string | null, policyId: string, viaGroup: string | null, statementIndex: number | null } }> } | null } | null };

export type ConsoleRoleDetailQueryVariables = Exact<{
  r: string;
}>;


export type ConsoleRoleDetailQuery = { role: { roleName: string, arn: string, path: string, createDate: string, description: string | null, maxSessionDuration: number, assumeRolePolicyDocument: string, tags: Array<{ key: string, value: string }>, attachedManagedPolicies: Array<{ policyName: string, policyArn: string }> | null, inlinePolicies: Array<{ policyName: string, policyDocument: string }> | null, permissionsBoundary: { permissionsBoundaryArn: string } | null, effectivePermissions: { statements: Array<{ sid: string | null, effect: Effect, actions: Array<string> | null, notActions: Array<string> | null, resources: Array<string> | null, notResources: Array<string> | null, condition: unknown, policySource: { type: PolicySourceType, policyName: string | null, policyId: string, viaGroup: string | null, statementIndex: number | null } }> } | null } | null };

export type ConsoleAttachGroupPolicyMutationVariables = Exact<{
  g: string;
  p: string;
}>;


export type ConsoleAttachGroupPolicyMutation = { attachGroupPolicy: { __typename: 'AttachGroupPolicyPayload' } | null };

export type ConsoleDetachGroupPolicyMutationVariables = Exact<{
  g: string;
  p: string;
}>;


export type ConsoleDetachGroupPolicyMutation = { detachGroupPolicy: { __typename: 'DetachGroupPolicyPayload' } | null };

export type ConsoleAttachRolePolicyMutationVariables = Exact<{
  r: string;
  p: string;
}>;


export type ConsoleAttachRolePolicyMutation = { attachRolePolicy: { __typename: 'AttachRolePolicyPayload' } | null };

export type ConsoleDetachRolePolicyMutationVariables = Exact<{
  r: string;
  p: string;
}>;


export type ConsoleDetachRolePolicyMutation = { detachRolePolicy: { __typename: 'DetachRolePolicyPayload' } | null };

export type ConsoleCredentialReportQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleCredentialReportQuery = { credentialReport: Array<{ user: string, arn: string, userCreationTime: string, passwordEnabled: boolean, passwordLastUsed: string | null, passwordLastChanged: string | null, passwordNextRotation: string | null, mfaActive: boolean, accessKey1Active: boolean, accessKey1LastRotated: string | null, accessKey1LastUsedDate: string | null, accessKey2Active: boolean, accessKey2LastRotated: string | null, accessKey2LastUsedDate: string | null }> | null };

export type ConsoleCreateGroupMutationVariables = Exact<{
  g: string;
  path?: string | null | undefined;
}>;


export type ConsoleCreateGroupMutation = { createGroup: { group: { groupName: string } } | null };

export type ConsoleDeleteGroupMutationVariables = Exact<{
  g: string;
}>;


export type ConsoleDeleteGroupMutation = { deleteGroup: { __typename: 'DeleteGroupPayload' } | null };

export type ConsoleCreateRoleMutationVariables = Exact<{
  r: string;
  d: string;
  description?: string | null | undefined;
}>;


export type ConsoleCreateRoleMutation = { createRole: { role: { roleName: string } } | null };

export type ConsoleDeleteRoleMutationVariables = Exact<{
  r: string;
}>;


export type ConsoleDeleteRoleMutation = { deleteRole: { __typename: 'DeleteRolePayload' } | null };

export type ConsolePutUserPolicyMutationVariables = Exact<{
  e: string;
  n: string;
  d: string;
}>;


export type ConsolePutUserPolicyMutation = { putUserPolicy: { __typename: 'PutUserPolicyPayload' } | null };

export type ConsoleDeleteUserPolicyMutationVariables = Exact<{
  e: string;
  n: string;
}>;


export type ConsoleDeleteUserPolicyMutation = { deleteUserPolicy: { __typename: 'DeleteUserPolicyPayload' } | null };

export type ConsolePutGroupPolicyMutationVariables = Exact<{
  e: string;
  n: string;
  d: string;
}>;


export type ConsolePutGroupPolicyMutation = { putGroupPolicy: { __typename: 'PutGroupPolicyPayload' } | null };

export type ConsoleDeleteGroupPolicyMutationVariables = Exact<{
  e: string;
  n: string;
}>;


export type ConsoleDeleteGroupPolicyMutation = { deleteGroupPolicy: { __typename: 'DeleteGroupPolicyPayload' } | null };

export type ConsolePutRolePolicyMutationVariables = Exact<{
  e: string;
  n: string;
  d: string;
}>;


export type ConsolePutRolePolicyMutation = { putRolePolicy: { __typename: 'PutRolePolicyPayload' } | null };

export type ConsoleDeleteRolePolicyMutationVariables = Exact<{
  e: string;
  n: string;
}>;


export type ConsoleDeleteRolePolicyMutation = { deleteRolePolicy: { __typename: 'DeleteRolePolicyPayload' } | null };

export type ConsoleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMeQuery = { me:
    | { arn: string }
    | { userName: string, arn: string }
   | null };

export type ConsoleLoginMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type ConsoleLoginMutation = { login: { status: LoginStatus, mfaChallenge: { token: string, expiresAt: string, methods: Array<MfaMethod>, webAuthnOptionsJson: string | null } | null } | null };

export type ConsoleRespondToMfaChallengeMutationVariables = Exact<{
  t: string;
  c: string;
}>;


export type ConsoleRespondToMfaChallengeMutation = { respondToMfaChallenge: { status: LoginStatus } | null };

export type ConsoleLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleLogoutMutation = { logout: { ok: boolean } | null };

export type ConsolePasswordPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsolePasswordPolicyQuery = { accountPasswordPolicy: { minimumPasswordLength: number, maximumPasswordLength: number, requireSymbols: boolean, requireNumbers: boolean, requireUppercaseCharacters: boolean, requireLowercaseCharacters: boolean, passwordReusePrevention: number | null, allowUsersToChangePassword: boolean } | null };

export type ConsoleChangePasswordMutationVariables = Exact<{
  old: string;
  new: string;
}>;


export type ConsoleChangePasswordMutation = { changePassword: { __typename: 'ChangePasswordPayload' } | null };

export type ConsoleSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleSessionsQuery = { sessions: Array<{ id: string, createdAt: string, lastUsedAt: string, expiresAt: string, sourceIp: string | null, userAgent: string | null, mfaAuthenticated: boolean, current: boolean }> };

export type ConsoleRevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRevokeSessionMutation = { revokeSession: { sessionId: string } | null };

export type ConsoleMyCredentialsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMyCredentialsQuery = { me:
    | { mfaDevices: Array<{ serialNumber: string, type: MfaDeviceType, passkeySignIn: boolean, enableDate: string }> | null, accessKeys: Array<{ accessKeyId: string, status: AccessKeyStatus, createDate: string, lastUsedDate: string | null }> | null }
    | Record<PropertyKey, never>
   | null };

export type ConsoleCreateVirtualMfaDeviceMutationVariables = Exact<{
  n: string;
}>;


export type ConsoleCreateVirtualMfaDeviceMutation = { createVirtualMfaDevice: { virtualMfaDevice: { serialNumber: string, base32StringSeed: string, qrCodeSvg: string } } | null };

export type ConsoleEnableMfaDeviceMutationVariables = Exact<{
  s: string;
  a: string;
  b: string;
}>;


export type ConsoleEnableMfaDeviceMutation = { enableMfaDevice: { recoveryCodes: Array<string> | null, mfaDevice: { serialNumber: string, enableDate: string } } | null };

export type ConsoleGenerateRecoveryCodesMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleGenerateRecoveryCodesMutation = { generateRecoveryCodes: { recoveryCodes: Array<string> } | null };

export type ConsoleCreateAccessKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleCreateAccessKeyMutation = { createAccessKey: { accessKey: { accessKeyId: string, secretAccessKey: string, status: AccessKeyStatus, createDate: string } } | null };

export type ConsoleAdminAccessQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleAdminAccessQuery = { users: { pageInfo: { hasNextPage: boolean } } | null, groups: { pageInfo: { hasNextPage: boolean } } | null, roles: { pageInfo: { hasNextPage: boolean } } | null, policies: { pageInfo: { hasNextPage: boolean } } | null, auditEvents: { pageInfo: { hasNextPage: boolean } } | null };

export type ConsoleSimulatorAccessQueryVariables = Exact<{
  a: string;
}>;


export type ConsoleSimulatorAccessQuery = { simulatePrincipalPolicy: { isTruncated: boolean } | null };

export type ConsoleUsersQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConsoleUsersQuery = { users: { edges: Array<{ node: { arn: string, path: string, createDate: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type ConsoleGroupsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConsoleGroupsQuery = { groups: { edges: Array<{ node: { arn: string, path: string, createDate: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type ConsoleRolesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConsoleRolesQuery = { roles: { edges: Array<{ node: { arn: string, path: string, createDate: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type ConsolePoliciesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConsolePoliciesQuery = { policies: { edges: Array<{ node: { arn: string, path: string, createDate: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type ConsoleSimulateQueryVariables = Exact<{
  i: SimulatePrincipalPolicyInput;
}>;


export type ConsoleSimulateQuery = { simulatePrincipalPolicy: { evaluationResults: Array<{ evalActionName: string, evalResourceName: string, evalDecision: EvalDecision, explanation: string, missingContextValues: Array<string>, allowedByPermissionsBoundary: boolean | null, matchedStatements: Array<{ statementIndex: number, sid: string | null, effect: Effect, policySource: { type: PolicySourceType, policyId: string, policyName: string | null, viaGroup: string | null } }> }> } | null };

export type ConsoleUserDetailQueryVariables = Exact<{
  u: string;
}>;


export type ConsoleUserDetailQuery = { user: { userName: string, arn: string, path: string, createDate: string, tags: Array<{ key: string, value: string }>, groups: { edges: Array<{ node: { groupName: string } }> } | null, attachedManagedPolicies: Array<{ policyName: string, policyArn: string }> | null, inlinePolicies: Array<{ policyName: string, policyDocument: string }> | null, permissionsBoundary: { permissionsBoundaryArn: string } | null, effectivePermissions: { statements: Array<{ sid: string | null, effect: Effect, actions: Array<string> | null, notActions: Array<string> | null, resources: Array<string> | null, notResources: Array<string> | null, condition: unknown, policySource: { type: PolicySourceType, policyName: string | null, policyId: string, viaGroup: string | null, statementIndex: number | null } }> } | null } | null };

export type ConsolePolicyChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsolePolicyChoicesQuery = { policies: { edges: Array<{ node: { policyName: string, arn: string } }> } | null };

export type ConsoleAttachUserPolicyMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type ConsoleAttachUserPolicyMutation = { attachUserPolicy: { user: { userName: string } } | null };

export type ConsoleDetachUserPolicyMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type ConsoleDetachUserPolicyMutation = { detachUserPolicy: { user: { userName: string } } | null };

export type ConsoleAuditEventsQueryVariables = Exact<{
  after?: string | null | undefined;
  principalArn?: string | null | undefined;
  action?: string | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
}>;


export type ConsoleAuditEventsQuery = { auditEvents: { edges: Array<{ node: { id: string, eventTime: string, principalArn: string | null, action: string, resourceArn: string | null, outcome: AuditOutcome, errorCode: string | null, sourceIp: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type ConsoleDeleteVirtualMfaDeviceMutationVariables = Exact<{
  s: string;
}>;


export type ConsoleDeleteVirtualMfaDeviceMutation = { deleteVirtualMfaDevice: { serialNumber: string } | null };

export type ConsoleCallerPermissionsQueryVariables = Exact<{
  r: Array<CallerPermissionRequest> | CallerPermissionRequest;
}>;


export type ConsoleCallerPermissionsQuery = { callerPermissions: Array<{ action: string, resource: string, decision: EvalDecision, message: string | null, allowedWithMfa: boolean }> };

export type ConsolePolicyDetailQueryVariables = Exact<{
  arn: string;
}>;


export type ConsolePolicyDetailQuery = { policy: { policyName: string, arn: string, path: string, description: string | null, defaultVersionId: string, attachmentCount: number, permissionsBoundaryUsageCount: number, createDate: string, updateDate: string, versions: Array<{ versionId: string, document: string, isDefaultVersion: boolean, createDate: string }> | null } | null };

export type ConsoleValidatePolicyQueryVariables = Exact<{
  d: string;
  t?: ValidatePolicyType | null | undefined;
}>;


export type ConsoleValidatePolicyQuery = { validatePolicy: { valid: boolean, findings: Array<{ findingType: FindingType, issueCode: string, findingDetails: string, path: string }> } | null };

export type ConsoleCreatePolicyMutationVariables = Exact<{
  n: string;
  d: string;
  description?: string | null | undefined;
}>;


export type ConsoleCreatePolicyMutation = { createPolicy: { policy: { arn: string } } | null };

export type ConsoleCreatePolicyVersionMutationVariables = Exact<{
  arn: string;
  d: string;
  default?: boolean | null | undefined;
}>;


export type ConsoleCreatePolicyVersionMutation = { createPolicyVersion: { __typename: 'CreatePolicyVersionPayload' } | null };

export type ConsoleSetDefaultPolicyVersionMutationVariables = Exact<{
  arn: string;
  v: string;
}>;


export type ConsoleSetDefaultPolicyVersionMutation = { setDefaultPolicyVersion: { __typename: 'SetDefaultPolicyVersionPayload' } | null };

export type ConsoleDeletePolicyVersionMutationVariables = Exact<{
  arn: string;
  v: string;
}>;


export type ConsoleDeletePolicyVersionMutation = { deletePolicyVersion: { __typename: 'DeletePolicyVersionPayload' } | null };

export type ConsolePutUserPermissionsBoundaryMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type ConsolePutUserPermissionsBoundaryMutation = { putUserPermissionsBoundary: { __typename: 'PutUserPermissionsBoundaryPayload' } | null };

export type ConsoleDeleteUserPermissionsBoundaryMutationVariables = Exact<{
  e: string;
}>;


export type ConsoleDeleteUserPermissionsBoundaryMutation = { deleteUserPermissionsBoundary: { __typename: 'DeleteUserPermissionsBoundaryPayload' } | null };

export type ConsoleTagUserMutationVariables = Exact<{
  e: string;
  tags: Array<TagInput> | TagInput;
}>;


export type ConsoleTagUserMutation = { tagUser: { __typename: 'TagUserPayload' } | null };

export type ConsoleUntagUserMutationVariables = Exact<{
  e: string;
  keys: Array<string> | string;
}>;


export type ConsoleUntagUserMutation = { untagUser: { __typename: 'UntagUserPayload' } | null };

export type ConsolePutRolePermissionsBoundaryMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type ConsolePutRolePermissionsBoundaryMutation = { putRolePermissionsBoundary: { __typename: 'PutRolePermissionsBoundaryPayload' } | null };

export type ConsoleDeleteRolePermissionsBoundaryMutationVariables = Exact<{
  e: string;
}>;


export type ConsoleDeleteRolePermissionsBoundaryMutation = { deleteRolePermissionsBoundary: { __typename: 'DeleteRolePermissionsBoundaryPayload' } | null };

export type ConsoleTagRoleMutationVariables = Exact<{
  e: string;
  tags: Array<TagInput> | TagInput;
}>;


export type ConsoleTagRoleMutation = { tagRole: { __typename: 'TagRolePayload' } | null };

export type ConsoleUntagRoleMutationVariables = Exact<{
  e: string;
  keys: Array<string> | string;
}>;


export type ConsoleUntagRoleMutation = { untagRole: { __typename: 'UntagRolePayload' } | null };

export type ConsolePasskeySignInOptionsMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsolePasskeySignInOptionsMutation = { createPasskeySignInOptions: { challengeToken: string, optionsJson: string } | null };

export type ConsoleCompletePasskeySignInMutationVariables = Exact<{
  t: string;
  r: string;
}>;


export type ConsoleCompletePasskeySignInMutation = { completePasskeySignIn: { status: LoginStatus } | null };

export type ConsoleRespondWithSecurityKeyMutationVariables = Exact<{
  t: string;
  r: string;
}>;


export type ConsoleRespondWithSecurityKeyMutation = { respondToMfaChallenge: { status: LoginStatus } | null };

export type ConsoleWebAuthnRegistrationOptionsMutationVariables = Exact<{
  n: string;
  p: boolean;
}>;


export type ConsoleWebAuthnRegistrationOptionsMutation = { createWebAuthnRegistrationOptions: { optionsJson: string } | null };

export type ConsoleCompleteWebAuthnRegistrationMutationVariables = Exact<{
  n: string;
  r: string;
}>;


export type ConsoleCompleteWebAuthnRegistrationMutation = { completeWebAuthnRegistration: { recoveryCodes: Array<string> | null, mfaDevice: { serialNumber: string, type: MfaDeviceType, passkeySignIn: boolean } } | null };

export type ConsoleDeactivateMfaDeviceMutationVariables = Exact<{
  s: string;
}>;


export type ConsoleDeactivateMfaDeviceMutation = { deactivateMfaDevice: { serialNumber: string } | null };

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
export const ConsoleStatementFragmentDoc = new TypedDocumentString(`
    fragment ConsoleStatement on EffectiveStatement {
  sid
  effect
  actions
  notActions
  resources
  notResources
  condition
  policySource {
    type
    policyName
    policyId
    viaGroup
    statementIndex
  }
}
    `, {"fragmentName":"ConsoleStatement"}) as unknown as TypedDocumentString<ConsoleStatementFragment, unknown>;
export const ConsoleCreateUserDocument = new TypedDocumentString(`
    mutation ConsoleCreateUser($u: String!, $path: String) {
  createUser(input: {userName: $u, path: $path}) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateUserMutation, ConsoleCreateUserMutationVariables>;
export const ConsoleDeleteUserDocument = new TypedDocumentString(`
    mutation ConsoleDeleteUser($u: String!) {
  deleteUser(input: {userName: $u}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsoleDeleteUserMutation, ConsoleDeleteUserMutationVariables>;
export const ConsoleAddUserToGroupDocument = new TypedDocumentString(`
    mutation ConsoleAddUserToGroup($g: String!, $u: String!) {
  addUserToGroup(input: {groupName: $g, userName: $u}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsoleAddUserToGroupMutation, ConsoleAddUserToGroupMutationVariables>;
export const ConsoleRemoveUserFromGroupDocument = new TypedDocumentString(`
    mutation ConsoleRemoveUserFromGroup($g: String!, $u: String!) {
  removeUserFromGroup(input: {groupName: $g, userName: $u}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsoleRemoveUserFromGroupMutation, ConsoleRemoveUserFromGroupMutationVariables>;
export const ConsoleGroupChoicesDocument = new TypedDocumentString(`
    query ConsoleGroupChoices {
  groups(first: 1000) {
    edges {
      node {
        groupName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleGroupChoicesQuery, ConsoleGroupChoicesQueryVariables>;
export const ConsoleGroupDetailDocument = new TypedDocumentString(`
    query ConsoleGroupDetail($g: String!) {
  group(groupName: $g) {
    groupName
    arn
    path
    createDate
    users(first: 1000) {
      edges {
        node {
          userName
        }
      }
    }
    attachedManagedPolicies {
      policyName
      policyArn
    }
    inlinePolicies {
      policyName
      policyDocument
    }
    effectivePermissions {
      statements {
        ...ConsoleStatement
      }
    }
  }
}
    fragment ConsoleStatement on EffectiveStatement {
  sid
  effect
  actions
  notActions
  resources
  notResources
  condition
  policySource {
    type
    policyName
    policyId
    viaGroup
    statementIndex
  }
}`) as unknown as TypedDocumentString<ConsoleGroupDetailQuery, ConsoleGroupDetailQueryVariables>;
export const ConsoleRoleDetailDocument = new TypedDocumentString(`
    query ConsoleRoleDetail($r: String!) {
  role(roleName: $r) {
    roleName
    arn
    path
    createDate
    description
    maxSessionDuration
    assumeRolePolicyDocument
    tags {
      key
      value
    }
    attachedManagedPolicies {
      policyName
      policyArn
    }
    inlinePolicies {
      policyName
      policyDocument
    }
    permissionsBoundary {
      permissionsBoundaryArn
    }
    effectivePermissions {
      statements {
        ...ConsoleStatement
      }
    }
  }
}
    fragment ConsoleStatement on EffectiveStatement {
  sid
  effect
  actions
  notActions
  resources
  notResources
  condition
  policySource {
    type
    policyName
    policyId
    viaGroup
    statementIndex
  }
}`) as unknown as TypedDocumentString<ConsoleRoleDetailQuery, ConsoleRoleDetailQueryVariables>;
export const ConsoleAttachGroupPolicyDocument = new TypedDocumentString(`
    mutation ConsoleAttachGroupPolicy($g: String!, $p: String!) {
  attachGroupPolicy(input: {groupName: $g, policyArn: $p}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsoleAttachGroupPolicyMutation, ConsoleAttachGroupPolicyMutationVariables>;
export const ConsoleDetachGroupPolicyDocument = new TypedDocumentString(`
    mutation ConsoleDetachGroupPolicy($g: String!, $p: String!) {
  detachGroupPolicy(input: {groupName: $g, policyArn: $p}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsoleDetachGroupPolicyMutation, ConsoleDetachGroupPolicyMutationVariables>;
export const ConsoleAttachRolePolicyDocument = new TypedDocumentString(`
    mutation ConsoleAttachRolePolicy($r: String!, $p: String!) {
  attachRolePolicy(input: {roleName: $r, policyArn: $p}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsoleAttachRolePolicyMutation, ConsoleAttachRolePolicyMutationVariables>;
export const ConsoleDetachRolePolicyDocument = new TypedDocumentString(`
    mutation ConsoleDetachRolePolicy($r: String!, $p: String!) {
  detachRolePolicy(input: {roleName: $r, policyArn: $p}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsoleDetachRolePolicyMutation, ConsoleDetachRolePolicyMutationVariables>;
export const ConsoleCredentialReportDocument = new TypedDocumentString(`
    query ConsoleCredentialReport {
  credentialReport {
    user
    arn
    userCreationTime
    passwordEnabled
    passwordLastUsed
    passwordLastChanged
    passwordNextRotation
    mfaActive
    accessKey1Active
    accessKey1LastRotated
    accessKey1LastUsedDate
    accessKey2Active
    accessKey2LastRotated
    accessKey2LastUsedDate
  }
}
    `) as unknown as TypedDocumentString<ConsoleCredentialReportQuery, ConsoleCredentialReportQueryVariables>;
export const ConsoleCreateGroupDocument = new TypedDocumentString(`
    mutation ConsoleCreateGroup($g: String!, $path: String) {
  createGroup(input: {groupName: $g, path: $path}) {
    group {
      groupName
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateGroupMutation, ConsoleCreateGroupMutationVariables>;
export const ConsoleDeleteGroupDocument = new TypedDocumentString(`
    mutation ConsoleDeleteGroup($g: String!) {
  deleteGroup(input: {groupName: $g}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsoleDeleteGroupMutation, ConsoleDeleteGroupMutationVariables>;
export const ConsoleCreateRoleDocument = new TypedDocumentString(`
    mutation ConsoleCreateRole($r: String!, $d: String!, $description: String) {
  createRole(
    input: {roleName: $r, assumeRolePolicyDocument: $d, description: $description}
  ) {
    role {
      roleName
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateRoleMutation, ConsoleCreateRoleMutationVariables>;
export const ConsoleDeleteRoleDocument = new TypedDocumentString(`
    mutation ConsoleDeleteRole($r: String!) {
  deleteRole(input: {roleName: $r}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsoleDeleteRoleMutation, ConsoleDeleteRoleMutationVariables>;
export const ConsolePutUserPolicyDocument = new TypedDocumentString(`
    mutation ConsolePutUserPolicy($e: String!, $n: String!, $d: String!) {
  putUserPolicy(input: {userName: $e, policyName: $n, policyDocument: $d}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsolePutUserPolicyMutation, ConsolePutUserPolicyMutationVariables>;
export const ConsoleDeleteUserPolicyDocument = new TypedDocumentString(`
    mutation ConsoleDeleteUserPolicy($e: String!, $n: String!) {
  deleteUserPolicy(input: {userName: $e, policyName: $n}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsoleDeleteUserPolicyMutation, ConsoleDeleteUserPolicyMutationVariables>;
export const ConsolePutGroupPolicyDocument = new TypedDocumentString(`
    mutation ConsolePutGroupPolicy($e: String!, $n: String!, $d: String!) {
  putGroupPolicy(input: {groupName: $e, policyName: $n, policyDocument: $d}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsolePutGroupPolicyMutation, ConsolePutGroupPolicyMutationVariables>;
export const ConsoleDeleteGroupPolicyDocument = new TypedDocumentString(`
    mutation ConsoleDeleteGroupPolicy($e: String!, $n: String!) {
  deleteGroupPolicy(input: {groupName: $e, policyName: $n}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsoleDeleteGroupPolicyMutation, ConsoleDeleteGroupPolicyMutationVariables>;
export const ConsolePutRolePolicyDocument = new TypedDocumentString(`
    mutation ConsolePutRolePolicy($e: String!, $n: String!, $d: String!) {
  putRolePolicy(input: {roleName: $e, policyName: $n, policyDocument: $d}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsolePutRolePolicyMutation, ConsolePutRolePolicyMutationVariables>;
export const ConsoleDeleteRolePolicyDocument = new TypedDocumentString(`
    mutation ConsoleDeleteRolePolicy($e: String!, $n: String!) {
  deleteRolePolicy(input: {roleName: $e, policyName: $n}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsoleDeleteRolePolicyMutation, ConsoleDeleteRolePolicyMutationVariables>;
export const ConsoleMeDocument = new TypedDocumentString(`
    query ConsoleMe {
  me {
    arn
    ... on User {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleMeQuery, ConsoleMeQueryVariables>;
export const ConsoleLoginDocument = new TypedDocumentString(`
    mutation ConsoleLogin($u: String!, $p: String!) {
  login(input: {userName: $u, password: $p, sessionDelivery: COOKIE}) {
    status
    mfaChallenge {
      token
      expiresAt
      methods
      webAuthnOptionsJson
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleLoginMutation, ConsoleLoginMutationVariables>;
export const ConsoleRespondToMfaChallengeDocument = new TypedDocumentString(`
    mutation ConsoleRespondToMfaChallenge($t: String!, $c: String!) {
  respondToMfaChallenge(
    input: {challengeToken: $t, code: $c, sessionDelivery: COOKIE}
  ) {
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleRespondToMfaChallengeMutation, ConsoleRespondToMfaChallengeMutationVariables>;
export const ConsoleLogoutDocument = new TypedDocumentString(`
    mutation ConsoleLogout {
  logout {
    ok
  }
}
    `) as unknown as TypedDocumentString<ConsoleLogoutMutation, ConsoleLogoutMutationVariables>;
export const ConsolePasswordPolicyDocument = new TypedDocumentString(`
    query ConsolePasswordPolicy {
  accountPasswordPolicy {
    minimumPasswordLength
    maximumPasswordLength
    requireSymbols
    requireNumbers
    requireUppercaseCharacters
    requireLowercaseCharacters
    passwordReusePrevention
    allowUsersToChangePassword
  }
}
    `) as unknown as TypedDocumentString<ConsolePasswordPolicyQuery, ConsolePasswordPolicyQueryVariables>;
export const ConsoleChangePasswordDocument = new TypedDocumentString(`
    mutation ConsoleChangePassword($old: String!, $new: String!) {
  changePassword(input: {oldPassword: $old, newPassword: $new}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsoleChangePasswordMutation, ConsoleChangePasswordMutationVariables>;
export const ConsoleSessionsDocument = new TypedDocumentString(`
    query ConsoleSessions {
  sessions {
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
    `) as unknown as TypedDocumentString<ConsoleSessionsQuery, ConsoleSessionsQueryVariables>;
export const ConsoleRevokeSessionDocument = new TypedDocumentString(`
    mutation ConsoleRevokeSession($id: ID!) {
  revokeSession(input: {sessionId: $id}) {
    sessionId
  }
}
    `) as unknown as TypedDocumentString<ConsoleRevokeSessionMutation, ConsoleRevokeSessionMutationVariables>;
export const ConsoleMyCredentialsDocument = new TypedDocumentString(`
    query ConsoleMyCredentials {
  me {
    ... on User {
      mfaDevices {
        serialNumber
        type
        passkeySignIn
        enableDate
      }
      accessKeys {
        accessKeyId
        status
        createDate
        lastUsedDate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleMyCredentialsQuery, ConsoleMyCredentialsQueryVariables>;
export const ConsoleCreateVirtualMfaDeviceDocument = new TypedDocumentString(`
    mutation ConsoleCreateVirtualMfaDevice($n: String!) {
  createVirtualMfaDevice(input: {virtualMfaDeviceName: $n}) {
    virtualMfaDevice {
      serialNumber
      base32StringSeed
      qrCodeSvg
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateVirtualMfaDeviceMutation, ConsoleCreateVirtualMfaDeviceMutationVariables>;
export const ConsoleEnableMfaDeviceDocument = new TypedDocumentString(`
    mutation ConsoleEnableMfaDevice($s: String!, $a: String!, $b: String!) {
  enableMfaDevice(
    input: {serialNumber: $s, authenticationCode1: $a, authenticationCode2: $b}
  ) {
    mfaDevice {
      serialNumber
      enableDate
    }
    recoveryCodes
  }
}
    `) as unknown as TypedDocumentString<ConsoleEnableMfaDeviceMutation, ConsoleEnableMfaDeviceMutationVariables>;
export const ConsoleGenerateRecoveryCodesDocument = new TypedDocumentString(`
    mutation ConsoleGenerateRecoveryCodes {
  generateRecoveryCodes(input: {}) {
    recoveryCodes
  }
}
    `) as unknown as TypedDocumentString<ConsoleGenerateRecoveryCodesMutation, ConsoleGenerateRecoveryCodesMutationVariables>;
export const ConsoleCreateAccessKeyDocument = new TypedDocumentString(`
    mutation ConsoleCreateAccessKey {
  createAccessKey(input: {}) {
    accessKey {
      accessKeyId
      secretAccessKey
      status
      createDate
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateAccessKeyMutation, ConsoleCreateAccessKeyMutationVariables>;
export const ConsoleAdminAccessDocument = new TypedDocumentString(`
    query ConsoleAdminAccess {
  users(first: 1) {
    pageInfo {
      hasNextPage
    }
  }
  groups(first: 1) {
    pageInfo {
      hasNextPage
    }
  }
  roles(first: 1) {
    pageInfo {
      hasNextPage
    }
  }
  policies(first: 1) {
    pageInfo {
      hasNextPage
    }
  }
  auditEvents(first: 1) {
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleAdminAccessQuery, ConsoleAdminAccessQueryVariables>;
export const ConsoleSimulatorAccessDocument = new TypedDocumentString(`
    query ConsoleSimulatorAccess($a: String!) {
  simulatePrincipalPolicy(
    input: {policySourceArn: $a, actionNames: ["iam:GetUser"]}
  ) {
    isTruncated
  }
}
    `) as unknown as TypedDocumentString<ConsoleSimulatorAccessQuery, ConsoleSimulatorAccessQueryVariables>;
export const ConsoleUsersDocument = new TypedDocumentString(`
    query ConsoleUsers($after: String) {
  users(first: 50, after: $after) {
    edges {
      node {
        name: userName
        arn
        path
        createDate
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleUsersQuery, ConsoleUsersQueryVariables>;
export const ConsoleGroupsDocument = new TypedDocumentString(`
    query ConsoleGroups($after: String) {
  groups(first: 50, after: $after) {
    edges {
      node {
        name: groupName
        arn
        path
        createDate
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleGroupsQuery, ConsoleGroupsQueryVariables>;
export const ConsoleRolesDocument = new TypedDocumentString(`
    query ConsoleRoles($after: String) {
  roles(first: 50, after: $after) {
    edges {
      node {
        name: roleName
        arn
        path
        createDate
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRolesQuery, ConsoleRolesQueryVariables>;
export const ConsolePoliciesDocument = new TypedDocumentString(`
    query ConsolePolicies($after: String) {
  policies(first: 50, after: $after) {
    edges {
      node {
        name: policyName
        arn
        path
        createDate
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsolePoliciesQuery, ConsolePoliciesQueryVariables>;
export const ConsoleSimulateDocument = new TypedDocumentString(`
    query ConsoleSimulate($i: SimulatePrincipalPolicyInput!) {
  simulatePrincipalPolicy(input: $i) {
    evaluationResults {
      evalActionName
      evalResourceName
      evalDecision
      explanation
      missingContextValues
      allowedByPermissionsBoundary
      matchedStatements {
        statementIndex
        sid
        effect
        policySource {
          type
          policyId
          policyName
          viaGroup
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleSimulateQuery, ConsoleSimulateQueryVariables>;
export const ConsoleUserDetailDocument = new TypedDocumentString(`
    query ConsoleUserDetail($u: String!) {
  user(userName: $u) {
    userName
    arn
    path
    createDate
    tags {
      key
      value
    }
    groups(first: 100) {
      edges {
        node {
          groupName
        }
      }
    }
    attachedManagedPolicies {
      policyName
      policyArn
    }
    inlinePolicies {
      policyName
      policyDocument
    }
    permissionsBoundary {
      permissionsBoundaryArn
    }
    effectivePermissions {
      statements {
        ...ConsoleStatement
      }
    }
  }
}
    fragment ConsoleStatement on EffectiveStatement {
  sid
  effect
  actions
  notActions
  resources
  notResources
  condition
  policySource {
    type
    policyName
    policyId
    viaGroup
    statementIndex
  }
}`) as unknown as TypedDocumentString<ConsoleUserDetailQuery, ConsoleUserDetailQueryVariables>;
export const ConsolePolicyChoicesDocument = new TypedDocumentString(`
    query ConsolePolicyChoices {
  policies(first: 1000) {
    edges {
      node {
        policyName
        arn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsolePolicyChoicesQuery, ConsolePolicyChoicesQueryVariables>;
export const ConsoleAttachUserPolicyDocument = new TypedDocumentString(`
    mutation ConsoleAttachUserPolicy($u: String!, $p: String!) {
  attachUserPolicy(input: {userName: $u, policyArn: $p}) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleAttachUserPolicyMutation, ConsoleAttachUserPolicyMutationVariables>;
export const ConsoleDetachUserPolicyDocument = new TypedDocumentString(`
    mutation ConsoleDetachUserPolicy($u: String!, $p: String!) {
  detachUserPolicy(input: {userName: $u, policyArn: $p}) {
    user {
      userName
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleDetachUserPolicyMutation, ConsoleDetachUserPolicyMutationVariables>;
export const ConsoleAuditEventsDocument = new TypedDocumentString(`
    query ConsoleAuditEvents($after: String, $principalArn: String, $action: String, $since: DateTime, $until: DateTime) {
  auditEvents(
    first: 50
    after: $after
    principalArn: $principalArn
    action: $action
    since: $since
    until: $until
  ) {
    edges {
      node {
        id
        eventTime
        principalArn
        action
        resourceArn
        outcome
        errorCode
        sourceIp
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleAuditEventsQuery, ConsoleAuditEventsQueryVariables>;
export const ConsoleDeleteVirtualMfaDeviceDocument = new TypedDocumentString(`
    mutation ConsoleDeleteVirtualMfaDevice($s: String!) {
  deleteVirtualMfaDevice(input: {serialNumber: $s}) {
    serialNumber
  }
}
    `) as unknown as TypedDocumentString<ConsoleDeleteVirtualMfaDeviceMutation, ConsoleDeleteVirtualMfaDeviceMutationVariables>;
export const ConsoleCallerPermissionsDocument = new TypedDocumentString(`
    query ConsoleCallerPermissions($r: [CallerPermissionRequest!]!) {
  callerPermissions(requests: $r) {
    action
    resource
    decision
    message
    allowedWithMfa
  }
}
    `) as unknown as TypedDocumentString<ConsoleCallerPermissionsQuery, ConsoleCallerPermissionsQueryVariables>;
export const ConsolePolicyDetailDocument = new TypedDocumentString(`
    query ConsolePolicyDetail($arn: String!) {
  policy(arn: $arn) {
    policyName
    arn
    path
    description
    defaultVersionId
    attachmentCount
    permissionsBoundaryUsageCount
    createDate
    updateDate
    versions {
      versionId
      document
      isDefaultVersion
      createDate
    }
  }
}
    `) as unknown as TypedDocumentString<ConsolePolicyDetailQuery, ConsolePolicyDetailQueryVariables>;
export const ConsoleValidatePolicyDocument = new TypedDocumentString(`
    query ConsoleValidatePolicy($d: String!, $t: ValidatePolicyType) {
  validatePolicy(policyDocument: $d, policyType: $t) {
    valid
    findings {
      findingType
      issueCode
      findingDetails
      path
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleValidatePolicyQuery, ConsoleValidatePolicyQueryVariables>;
export const ConsoleCreatePolicyDocument = new TypedDocumentString(`
    mutation ConsoleCreatePolicy($n: String!, $d: String!, $description: String) {
  createPolicy(
    input: {policyName: $n, policyDocument: $d, description: $description}
  ) {
    policy {
      arn
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreatePolicyMutation, ConsoleCreatePolicyMutationVariables>;
export const ConsoleCreatePolicyVersionDocument = new TypedDocumentString(`
    mutation ConsoleCreatePolicyVersion($arn: String!, $d: String!, $default: Boolean) {
  createPolicyVersion(
    input: {policyArn: $arn, policyDocument: $d, setAsDefault: $default}
  ) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreatePolicyVersionMutation, ConsoleCreatePolicyVersionMutationVariables>;
export const ConsoleSetDefaultPolicyVersionDocument = new TypedDocumentString(`
    mutation ConsoleSetDefaultPolicyVersion($arn: String!, $v: String!) {
  setDefaultPolicyVersion(input: {policyArn: $arn, versionId: $v}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetDefaultPolicyVersionMutation, ConsoleSetDefaultPolicyVersionMutationVariables>;
export const ConsoleDeletePolicyVersionDocument = new TypedDocumentString(`
    mutation ConsoleDeletePolicyVersion($arn: String!, $v: String!) {
  deletePolicyVersion(input: {policyArn: $arn, versionId: $v}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsoleDeletePolicyVersionMutation, ConsoleDeletePolicyVersionMutationVariables>;
export const ConsolePutUserPermissionsBoundaryDocument = new TypedDocumentString(`
    mutation ConsolePutUserPermissionsBoundary($e: String!, $p: String!) {
  putUserPermissionsBoundary(input: {userName: $e, permissionsBoundary: $p}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsolePutUserPermissionsBoundaryMutation, ConsolePutUserPermissionsBoundaryMutationVariables>;
export const ConsoleDeleteUserPermissionsBoundaryDocument = new TypedDocumentString(`
    mutation ConsoleDeleteUserPermissionsBoundary($e: String!) {
  deleteUserPermissionsBoundary(input: {userName: $e}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsoleDeleteUserPermissionsBoundaryMutation, ConsoleDeleteUserPermissionsBoundaryMutationVariables>;
export const ConsoleTagUserDocument = new TypedDocumentString(`
    mutation ConsoleTagUser($e: String!, $tags: [TagInput!]!) {
  tagUser(input: {userName: $e, tags: $tags}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsoleTagUserMutation, ConsoleTagUserMutationVariables>;
export const ConsoleUntagUserDocument = new TypedDocumentString(`
    mutation ConsoleUntagUser($e: String!, $keys: [String!]!) {
  untagUser(input: {userName: $e, tagKeys: $keys}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsoleUntagUserMutation, ConsoleUntagUserMutationVariables>;
export const ConsolePutRolePermissionsBoundaryDocument = new TypedDocumentString(`
    mutation ConsolePutRolePermissionsBoundary($e: String!, $p: String!) {
  putRolePermissionsBoundary(input: {roleName: $e, permissionsBoundary: $p}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsolePutRolePermissionsBoundaryMutation, ConsolePutRolePermissionsBoundaryMutationVariables>;
export const ConsoleDeleteRolePermissionsBoundaryDocument = new TypedDocumentString(`
    mutation ConsoleDeleteRolePermissionsBoundary($e: String!) {
  deleteRolePermissionsBoundary(input: {roleName: $e}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsoleDeleteRolePermissionsBoundaryMutation, ConsoleDeleteRolePermissionsBoundaryMutationVariables>;
export const ConsoleTagRoleDocument = new TypedDocumentString(`
    mutation ConsoleTagRole($e: String!, $tags: [TagInput!]!) {
  tagRole(input: {roleName: $e, tags: $tags}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsoleTagRoleMutation, ConsoleTagRoleMutationVariables>;
export const ConsoleUntagRoleDocument = new TypedDocumentString(`
    mutation ConsoleUntagRole($e: String!, $keys: [String!]!) {
  untagRole(input: {roleName: $e, tagKeys: $keys}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ConsoleUntagRoleMutation, ConsoleUntagRoleMutationVariables>;
export const ConsolePasskeySignInOptionsDocument = new TypedDocumentString(`
    mutation ConsolePasskeySignInOptions {
  createPasskeySignInOptions {
    challengeToken
    optionsJson
  }
}
    `) as unknown as TypedDocumentString<ConsolePasskeySignInOptionsMutation, ConsolePasskeySignInOptionsMutationVariables>;
export const ConsoleCompletePasskeySignInDocument = new TypedDocumentString(`
    mutation ConsoleCompletePasskeySignIn($t: String!, $r: String!) {
  completePasskeySignIn(
    input: {challengeToken: $t, responseJson: $r, sessionDelivery: COOKIE}
  ) {
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleCompletePasskeySignInMutation, ConsoleCompletePasskeySignInMutationVariables>;
export const ConsoleRespondWithSecurityKeyDocument = new TypedDocumentString(`
    mutation ConsoleRespondWithSecurityKey($t: String!, $r: String!) {
  respondToMfaChallenge(
    input: {challengeToken: $t, webAuthnResponseJson: $r, sessionDelivery: COOKIE}
  ) {
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleRespondWithSecurityKeyMutation, ConsoleRespondWithSecurityKeyMutationVariables>;
export const ConsoleWebAuthnRegistrationOptionsDocument = new TypedDocumentString(`
    mutation ConsoleWebAuthnRegistrationOptions($n: String!, $p: Boolean!) {
  createWebAuthnRegistrationOptions(input: {deviceName: $n, passkeySignIn: $p}) {
    optionsJson
  }
}
    `) as unknown as TypedDocumentString<ConsoleWebAuthnRegistrationOptionsMutation, ConsoleWebAuthnRegistrationOptionsMutationVariables>;
export const ConsoleCompleteWebAuthnRegistrationDocument = new TypedDocumentString(`
    mutation ConsoleCompleteWebAuthnRegistration($n: String!, $r: String!) {
  completeWebAuthnRegistration(input: {deviceName: $n, responseJson: $r}) {
    mfaDevice {
      serialNumber
      type
      passkeySignIn
    }
    recoveryCodes
  }
}
    `) as unknown as TypedDocumentString<ConsoleCompleteWebAuthnRegistrationMutation, ConsoleCompleteWebAuthnRegistrationMutationVariables>;
export const ConsoleDeactivateMfaDeviceDocument = new TypedDocumentString(`
    mutation ConsoleDeactivateMfaDevice($s: String!) {
  deactivateMfaDevice(input: {serialNumber: $s}) {
    serialNumber
  }
}
    `) as unknown as TypedDocumentString<ConsoleDeactivateMfaDeviceMutation, ConsoleDeactivateMfaDeviceMutationVariables>;