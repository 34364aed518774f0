import { graphql } from '../generated';

/**
 * The administration pages' operations (users, groups, roles, memberships, attachments), typed
 * from schema.graphql by `npm run codegen` like those of operations.ts.
 */
export const STATEMENT = graphql(`
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
`);

export const CREATE_USER = graphql(`
  mutation ConsoleCreateUser($u: String!, $path: String) {
    createUser(input: { userName: $u, path: $path }) {
      user {
        userName
      }
    }
  }
`);

export const DELETE_USER = graphql(`
  mutation ConsoleDeleteUser($u: String!) {
    deleteUser(input: { userName: $u }) {
      __typename
    }
  }
`);

export const ADD_USER_TO_GROUP = graphql(`
  mutation ConsoleAddUserToGroup($g: String!, $u: String!) {
    addUserToGroup(input: { groupName: $g, userName: $u }) {
      __typename
    }
  }
`);

export const REMOVE_USER_FROM_GROUP = graphql(`
  mutation ConsoleRemoveUserFromGroup($g: String!, $u: String!) {
    removeUserFromGroup(input: { groupName: $g, userName: $u }) {
      __typename
    }
  }
`);

export const GROUP_CHOICES = graphql(`
  query ConsoleGroupChoices {
    groups(first: 1000) {
      edges {
        node {
          groupName
        }
      }
    }
  }
`);

export const GROUP_DETAIL = graphql(`
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
`);

export const ROLE_DETAIL = graphql(`
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
`);

export const ATTACH_GROUP_POLICY = graphql(`
  mutation ConsoleAttachGroupPolicy($g: String!, $p: String!) {
    attachGroupPolicy(input: { groupName: $g, policyArn: $p }) {
      __typename
    }
  }
`);

export const DETACH_GROUP_POLICY = graphql(`
  mutation ConsoleDetachGroupPolicy($g: String!, $p: String!) {
    detachGroupPolicy(input: { groupName: $g, policyArn: $p }) {
      __typename
    }
  }
`);

export const ATTACH_ROLE_POLICY = graphql(`
  mutation ConsoleAttachRolePolicy($r: String!, $p: String!) {
    attachRolePolicy(input: { roleName: $r, policyArn: $p }) {
      __typename
    }
  }
`);

export const DETACH_ROLE_POLICY = graphql(`
  mutation ConsoleDetachRolePolicy($r: String!, $p: String!) {
    detachRolePolicy(input: { roleName: $r, policyArn: $p }) {
      __typename
    }
  }
`);

export const CREDENTIAL_REPORT = graphql(`
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
`);

export const CREATE_GROUP = graphql(`
  mutation ConsoleCreateGroup($g: String!, $path: String) {
    createGroup(input: { groupName: $g, path: $path }) {
      group {
        groupName
      }
    }
  }
`);

export const DELETE_GROUP = graphql(`
  mutation ConsoleDeleteGroup($g: String!) {
    deleteGroup(input: { groupName: $g }) {
      __typename
    }
  }
`);

export const CREATE_ROLE = graphql(`
  mutation ConsoleCreateRole($r: String!, $d: String!, $description: String) {
    createRole(input: { roleName: $r, assumeRolePolicyDocument: $d, description: $description }) {
      role {
        roleName
      }
    }
  }
`);

export const DELETE_ROLE = graphql(`
  mutation ConsoleDeleteRole($r: String!) {
    deleteRole(input: { roleName: $r }) {
      __typename
    }
  }
`);
