import { graphql } from '../generated';

/**
 * Every operation the console sends, typed from schema.graphql by `npm run codegen`
 * (console/src/generated): a misspelt field fails codegen or the typecheck, not a person.
 */
export const ME = graphql(`
  query ConsoleMe {
    me {
      arn
      ... on User {
        userName
      }
    }
  }
`);

export const LOGIN = graphql(`
  mutation ConsoleLogin($u: String!, $p: String!) {
    login(input: { userName: $u, password: $p, sessionDelivery: COOKIE }) {
      status
      mfaChallenge {
        token
        expiresAt
        methods
        webAuthnOptionsJson
      }
    }
  }
`);

export const RESPOND = graphql(`
  mutation ConsoleRespondToMfaChallenge($t: String!, $c: String!) {
    respondToMfaChallenge(input: { challengeToken: $t, code: $c, sessionDelivery: COOKIE }) {
      status
    }
  }
`);

export const LOGOUT = graphql(`
  mutation ConsoleLogout {
    logout {
      ok
    }
  }
`);

export const PASSWORD_POLICY = graphql(`
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
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ConsoleChangePassword($old: String!, $new: String!) {
    changePassword(input: { oldPassword: $old, newPassword: $new }) {
      __typename
    }
  }
`);

export const SESSIONS = graphql(`
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
`);

export const REVOKE_SESSION = graphql(`
  mutation ConsoleRevokeSession($id: ID!) {
    revokeSession(input: { sessionId: $id }) {
      sessionId
    }
  }
`);

export const MY_CREDENTIALS = graphql(`
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
`);

export const CREATE_VIRTUAL_MFA_DEVICE = graphql(`
  mutation ConsoleCreateVirtualMfaDevice($n: String!) {
    createVirtualMfaDevice(input: { virtualMfaDeviceName: $n }) {
      virtualMfaDevice {
        serialNumber
        base32StringSeed
        qrCodeSvg
      }
    }
  }
`);

export const ENABLE_MFA_DEVICE = graphql(`
  mutation ConsoleEnableMfaDevice($s: String!, $a: String!, $b: String!) {
    enableMfaDevice(input: { serialNumber: $s, authenticationCode1: $a, authenticationCode2: $b }) {
      mfaDevice {
        serialNumber
        enableDate
      }
      recoveryCodes
    }
  }
`);

export const GENERATE_RECOVERY_CODES = graphql(`
  mutation ConsoleGenerateRecoveryCodes {
    generateRecoveryCodes(input: {}) {
      recoveryCodes
    }
  }
`);

export const CREATE_ACCESS_KEY = graphql(`
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
`);

/**
 * What the administration links need, asked once after sign-in: each list the caller may read
 * answers, each other one is ACCESS_DENIED at its own field, and its link is not shown.
 */
export const ADMIN_ACCESS = graphql(`
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
`);

export const SIMULATOR_ACCESS = graphql(`
  query ConsoleSimulatorAccess($a: String!) {
    simulatePrincipalPolicy(input: { policySourceArn: $a, actionNames: ["iam:GetUser"] }) {
      isTruncated
    }
  }
`);

export const USERS = graphql(`
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
`);

export const GROUPS = graphql(`
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
`);

export const ROLES = graphql(`
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
`);

export const POLICIES = graphql(`
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
`);

export const SIMULATE = graphql(`
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
`);

export const USER_DETAIL = graphql(`
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
`);

export const POLICY_CHOICES = graphql(`
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
`);

export const ATTACH_USER_POLICY = graphql(`
  mutation ConsoleAttachUserPolicy($u: String!, $p: String!) {
    attachUserPolicy(input: { userName: $u, policyArn: $p }) {
      user {
        userName
      }
    }
  }
`);

export const DETACH_USER_POLICY = graphql(`
  mutation ConsoleDetachUserPolicy($u: String!, $p: String!) {
    detachUserPolicy(input: { userName: $u, policyArn: $p }) {
      user {
        userName
      }
    }
  }
`);

export const AUDIT_EVENTS = graphql(`
  query ConsoleAuditEvents($after: String, $principalArn: String, $action: String, $since: DateTime, $until: DateTime) {
    auditEvents(first: 50, after: $after, principalArn: $principalArn, action: $action, since: $since, until: $until) {
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
`);

export const DELETE_VIRTUAL_MFA_DEVICE = graphql(`
  mutation ConsoleDeleteVirtualMfaDevice($s: String!) {
    deleteVirtualMfaDevice(input: { serialNumber: $s }) {
      serialNumber
    }
  }
`);
