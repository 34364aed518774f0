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

/** Where a sign-in stands. */
export type LoginStatus =
  /** The user has an enabled MFA device: answer `mfaChallenge` with respondToMfaChallenge. */
  | 'MFA_REQUIRED'
  /** The session returned may only call changePassword. */
  | 'PASSWORD_RESET_REQUIRED'
  /** Signed in: `session` is a full session. */
  | 'SUCCESS';

export type ConsoleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMeQuery = { me:
    | { arn: string }
    | { userName: string, arn: string }
   | null };

export type ConsoleLoginMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type ConsoleLoginMutation = { login: { status: LoginStatus, mfaChallenge: { token: string, expiresAt: string } | null } | null };

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
    | { mfaDevices: Array<{ serialNumber: string, enableDate: string }> | null, accessKeys: Array<{ accessKeyId: string, status: AccessKeyStatus, createDate: string, lastUsedDate: string | null }> | null }
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