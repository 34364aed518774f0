import { graphql } from '../generated';

/** The operations more than one test sends, written once. Each is typed from schema.graphql by codegen. */

export const ACCOUNT_PASSWORD_POLICY = graphql(`
  query AccountPasswordPolicy {
    accountPasswordPolicy {
      minimumPasswordLength
    }
  }
`);

export const ADD_USER_TO_GROUP = graphql(`
  mutation AddUserToGroup($i: AddUserToGroupInput!) {
    addUserToGroup(input: $i) {
      user {
        userName
      }
    }
  }
`);

export const ASSUME_ROLE_SESSION_ARN = graphql(`
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
`);

export const ATTACH_GROUP_POLICY = graphql(`
  mutation AttachGroupPolicy($i: AttachGroupPolicyInput!) {
    attachGroupPolicy(input: $i) {
      group {
        groupName
      }
    }
  }
`);

export const ATTACH_ROLE_POLICY = graphql(`
  mutation AttachRolePolicy($i: AttachRolePolicyInput!) {
    attachRolePolicy(input: $i) {
      role {
        roleName
      }
    }
  }
`);

export const ATTACH_USER_POLICY = graphql(`
  mutation AttachUserPolicy($u: String!) {
    attachUserPolicy(input: { userName: $u, policyArn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess" }) {
      user {
        userName
      }
    }
  }
`);

export const ATTACH_USER_POLICY_BY_INPUT = graphql(`
  mutation AttachUserPolicyByInput($i: AttachUserPolicyInput!) {
    attachUserPolicy(input: $i) {
      user {
        userName
      }
    }
  }
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($i: ChangePasswordInput!) {
    changePassword(input: $i) {
      __typename
    }
  }
`);

export const CREATE_ACCESS_KEY = graphql(`
  mutation CreateAccessKey($u: String) {
    createAccessKey(input: { userName: $u }) {
      accessKey {
        accessKeyId
        secretAccessKey
      }
    }
  }
`);

export const CREATE_ACCESS_KEY_ID = graphql(`
  mutation CreateAccessKeyId($u: String!) {
    createAccessKey(input: { userName: $u }) {
      accessKey {
        accessKeyId
      }
    }
  }
`);

export const CREATE_GROUP = graphql(`
  mutation CreateGroup($i: CreateGroupInput!) {
    createGroup(input: $i) {
      group {
        arn
      }
    }
  }
`);

export const CREATE_LOGIN_PROFILE = graphql(`
  mutation CreateLoginProfile($i: CreateLoginProfileInput!) {
    createLoginProfile(input: $i) {
      loginProfile {
        userName
      }
    }
  }
`);

export const CREATE_OIDC_PROVIDER = graphql(`
  mutation CreateOidcProvider($input: CreateOpenIdConnectProviderInput!) {
    createOpenIdConnectProvider(input: $input) {
      openIdConnectProviderArn
    }
  }
`);

export const CREATE_OIDC_PROVIDER_FOR_CLIENT = graphql(`
  mutation CreateOidcProviderForClient($u: String!, $c: String!) {
    createOpenIdConnectProvider(input: { url: $u, clientIdList: [$c] }) {
      openIdConnectProviderArn
    }
  }
`);

export const CREATE_POLICY = graphql(`
  mutation CreatePolicy($i: CreatePolicyInput!) {
    createPolicy(input: $i) {
      policy {
        arn
      }
    }
  }
`);

export const CREATE_POLICY_VERSION = graphql(`
  mutation CreatePolicyVersion($i: CreatePolicyVersionInput!) {
    createPolicyVersion(input: $i) {
      policyVersion {
        versionId
      }
    }
  }
`);

export const CREATE_ROLE = graphql(`
  mutation CreateRole($i: CreateRoleInput!) {
    createRole(input: $i) {
      role {
        arn
      }
    }
  }
`);

export const CREATE_ROLE_NAME = graphql(`
  mutation CreateRoleName($i: CreateRoleInput!) {
    createRole(input: $i) {
      role {
        roleName
      }
    }
  }
`);

export const CREATE_ROLE_ARN = graphql(`
  mutation CreateRoleArn($input: CreateRoleInput!) {
    createRole(input: $input) {
      role {
        arn
      }
    }
  }
`);

export const CREATE_USER = graphql(`
  mutation CreateUser($n: String!) {
    createUser(input: { userName: $n }) {
      user {
        arn
      }
    }
  }
`);

export const CREATE_USER_ARN = graphql(`
  mutation CreateUserArn($i: CreateUserInput!) {
    createUser(input: $i) {
      user {
        arn
      }
    }
  }
`);

export const DELETE_GROUP = graphql(`
  mutation DeleteGroup($g: String!) {
    deleteGroup(input: { groupName: $g }) {
      groupName
    }
  }
`);

export const DELETE_LOGIN_PROFILE_BY_INPUT = graphql(`
  mutation DeleteLoginProfileByInput($i: DeleteLoginProfileInput!) {
    deleteLoginProfile(input: $i) {
      userName
    }
  }
`);

export const DELETE_OPEN_ID_CONNECT_PROVIDER = graphql(`
  mutation DeleteOpenIdConnectProvider($a: String!) {
    deleteOpenIdConnectProvider(input: { openIdConnectProviderArn: $a }) {
      openIdConnectProviderArn
    }
  }
`);

export const DELETE_POLICY = graphql(`
  mutation DeletePolicy($i: DeletePolicyInput!) {
    deletePolicy(input: $i) {
      policyArn
    }
  }
`);

export const DELETE_POLICY_VERSION = graphql(`
  mutation DeletePolicyVersion($i: DeletePolicyVersionInput!) {
    deletePolicyVersion(input: $i) {
      policy {
        arn
      }
    }
  }
`);

export const DELETE_ROLE = graphql(`
  mutation DeleteRole($n: String!) {
    deleteRole(input: { roleName: $n }) {
      roleName
    }
  }
`);

export const DELETE_ROLE_BY_INPUT = graphql(`
  mutation DeleteRoleByInput($i: DeleteRoleInput!) {
    deleteRole(input: $i) {
      roleName
    }
  }
`);

export const DELETE_ROLE_POLICY = graphql(`
  mutation DeleteRolePolicy($i: DeleteRolePolicyInput!) {
    deleteRolePolicy(input: $i) {
      role {
        roleName
      }
    }
  }
`);

export const DELETE_USER = graphql(`
  mutation DeleteUser($u: String!) {
    deleteUser(input: { userName: $u }) {
      userName
    }
  }
`);

export const DELETE_USER_BY_INPUT = graphql(`
  mutation DeleteUserByInput($i: DeleteUserInput!) {
    deleteUser(input: $i) {
      userName
    }
  }
`);

export const DELETE_USER_POLICY = graphql(`
  mutation DeleteUserPolicy($i: DeleteUserPolicyInput!) {
    deleteUserPolicy(input: $i) {
      user {
        userName
      }
    }
  }
`);

export const DELETE_VIRTUAL_MFA_DEVICE = graphql(`
  mutation DeleteVirtualMfaDevice($s: String!) {
    deleteVirtualMfaDevice(input: { serialNumber: $s }) {
      serialNumber
    }
  }
`);

export const DETACH_ROLE_POLICY = graphql(`
  mutation DetachRolePolicy($i: DetachRolePolicyInput!) {
    detachRolePolicy(input: $i) {
      role {
        roleName
      }
    }
  }
`);

export const DETACH_USER_POLICY = graphql(`
  mutation DetachUserPolicy($i: DetachUserPolicyInput!) {
    detachUserPolicy(input: $i) {
      user {
        userName
      }
    }
  }
`);

export const EFFECTIVE_PERMISSIONS_PRINCIPAL = graphql(`
  query EffectivePermissionsPrincipal($a: String!) {
    effectivePermissions(principalArn: $a) {
      principalArn
    }
  }
`);

export const GENERATE_RECOVERY_CODES_FOR = graphql(`
  mutation GenerateRecoveryCodesFor($u: String) {
    generateRecoveryCodes(input: { userName: $u }) {
      recoveryCodes
    }
  }
`);

export const GET_SESSION_TOKEN = graphql(`
  mutation GetSessionToken($i: GetSessionTokenInput!) {
    getSessionToken(input: $i) {
      credentials {
        sessionToken
      }
    }
  }
`);

export const LOGIN_SESSION = graphql(`
  mutation LoginSession($u: String!, $p: String!) {
    login(input: { userName: $u, password: $p }) {
      session {
        token
      }
    }
  }
`);

export const LOGIN_STATUS_AND_SESSION = graphql(`
  mutation LoginStatusAndSession($u: String!, $p: String!) {
    login(input: { userName: $u, password: $p }) {
      status
      session {
        token
      }
    }
  }
`);

export const LOGIN_STATUS = graphql(`
  mutation LoginStatus($u: String!, $p: String!) {
    login(input: { userName: $u, password: $p }) {
      status
    }
  }
`);

/** A sign-in that chooses how the session comes back: TOKEN (in the body) or COOKIE (Set-Cookie only). */
export const LOGIN_WITH_SESSION_DELIVERY = graphql(`
  mutation LoginWithSessionDelivery($u: String!, $p: String!, $d: SessionDelivery) {
    login(input: { userName: $u, password: $p, sessionDelivery: $d }) {
      status
      session {
        token
        expiresAt
        mfaAuthenticated
      }
    }
  }
`);

export const ME = graphql(`
  query Me {
    me {
      arn
    }
  }
`);

export const POLICIES = graphql(`
  query Policies {
    policies {
      edges {
        node {
          arn
        }
      }
    }
  }
`);

export const POLICY = graphql(`
  query Policy($a: String!) {
    policy(arn: $a) {
      arn
    }
  }
`);

export const PUT_ROLE_PERMISSIONS_BOUNDARY = graphql(`
  mutation PutRolePermissionsBoundary($i: PutRolePermissionsBoundaryInput!) {
    putRolePermissionsBoundary(input: $i) {
      role {
        roleName
      }
    }
  }
`);

export const PUT_ROLE_POLICY = graphql(`
  mutation PutRolePolicy($i: PutRolePolicyInput!) {
    putRolePolicy(input: $i) {
      role {
        roleName
      }
    }
  }
`);

export const PUT_USER_PERMISSIONS_BOUNDARY = graphql(`
  mutation PutUserPermissionsBoundary($i: PutUserPermissionsBoundaryInput!) {
    putUserPermissionsBoundary(input: $i) {
      user {
        userName
      }
    }
  }
`);

export const PUT_USER_POLICY = graphql(`
  mutation PutUserPolicy($i: PutUserPolicyInput!) {
    putUserPolicy(input: $i) {
      user {
        userName
      }
    }
  }
`);

export const RESPOND_TO_MFA_CHALLENGE = graphql(`
  mutation RespondToMfaChallenge($t: String!, $c: String!) {
    respondToMfaChallenge(input: { challengeToken: $t, code: $c }) {
      status
      session {
        token
        mfaAuthenticated
      }
    }
  }
`);

export const REVOKE_ROLE_SESSIONS = graphql(`
  mutation RevokeRoleSessions($n: String!) {
    revokeRoleSessions(input: { roleName: $n }) {
      revokedCount
    }
  }
`);

export const REVOKE_USER_SESSIONS = graphql(`
  mutation RevokeUserSessions($n: String!) {
    revokeUserSessions(input: { userName: $n }) {
      revokedCount
    }
  }
`);

export const ROLE_TRUST_POLICY = graphql(`
  query RoleTrustPolicy($n: String!) {
    role(roleName: $n) {
      assumeRolePolicyDocument
    }
  }
`);

export const ROLE_ARN = graphql(`
  query RoleArn($n: String!) {
    role(roleName: $n) {
      arn
    }
  }
`);

export const SET_DEFAULT_POLICY_VERSION = graphql(`
  mutation SetDefaultPolicyVersion($i: SetDefaultPolicyVersionInput!) {
    setDefaultPolicyVersion(input: $i) {
      policy {
        defaultVersionId
      }
    }
  }
`);

export const SET_DEFAULT_POLICY_VERSION_ARN = graphql(`
  mutation SetDefaultPolicyVersionArn($i: SetDefaultPolicyVersionInput!) {
    setDefaultPolicyVersion(input: $i) {
      policy {
        arn
      }
    }
  }
`);

export const TAG_USER = graphql(`
  mutation TagUser($i: TagUserInput!) {
    tagUser(input: $i) {
      user {
        userName
      }
    }
  }
`);

export const TYPENAME = graphql(`
  query Typename {
    __typename
  }
`);

export const UPDATE_TRUST_POLICY = graphql(`
  mutation UpdateTrustPolicy($i: UpdateAssumeRolePolicyInput!) {
    updateAssumeRolePolicy(input: $i) {
      role {
        roleName
      }
    }
  }
`);

export const UPDATE_LOGIN_PROFILE = graphql(`
  mutation UpdateLoginProfile($i: UpdateLoginProfileInput!) {
    updateLoginProfile(input: $i) {
      loginProfile {
        userName
      }
    }
  }
`);

export const UPDATE_ROLE_NAME = graphql(`
  mutation UpdateRoleName($i: UpdateRoleInput!) {
    updateRole(input: $i) {
      role {
        roleName
      }
    }
  }
`);

export const USER_ARN = graphql(`
  query UserArn($n: String!) {
    user(userName: $n) {
      arn
    }
  }
`);

export const USER_NAME = graphql(`
  query UserName($n: String!) {
    user(userName: $n) {
      userName
    }
  }
`);

export const USER_NAME_BY_NAME = graphql(`
  query UserNameByName($n: String!) {
    user(userName: $n) {
      userName
    }
  }
`);

export const FIRST_USER_CURSOR = graphql(`
  query FirstUserCursor {
    users(first: 1) {
      edges {
        cursor
      }
    }
  }
`);

export const FIRST_USER_NAME = graphql(`
  query FirstUserName {
    users(first: 1) {
      edges {
        node {
          userName
        }
      }
    }
  }
`);

export const USER_NAMES = graphql(`
  query UserNames {
    users {
      edges {
        node {
          userName
        }
      }
    }
  }
`);
