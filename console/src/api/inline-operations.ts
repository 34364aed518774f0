import { graphql } from '../generated';

/** Inline policies of users, groups and roles: put (create or replace) and delete; `$e` is the entity's name. */
export const PUT_USER_POLICY = graphql(`
  mutation ConsolePutUserPolicy($e: String!, $n: String!, $d: String!) {
    putUserPolicy(input: { userName: $e, policyName: $n, policyDocument: $d }) {
      __typename
    }
  }
`);

export const DELETE_USER_POLICY = graphql(`
  mutation ConsoleDeleteUserPolicy($e: String!, $n: String!) {
    deleteUserPolicy(input: { userName: $e, policyName: $n }) {
      __typename
    }
  }
`);

export const PUT_GROUP_POLICY = graphql(`
  mutation ConsolePutGroupPolicy($e: String!, $n: String!, $d: String!) {
    putGroupPolicy(input: { groupName: $e, policyName: $n, policyDocument: $d }) {
      __typename
    }
  }
`);

export const DELETE_GROUP_POLICY = graphql(`
  mutation ConsoleDeleteGroupPolicy($e: String!, $n: String!) {
    deleteGroupPolicy(input: { groupName: $e, policyName: $n }) {
      __typename
    }
  }
`);

export const PUT_ROLE_POLICY = graphql(`
  mutation ConsolePutRolePolicy($e: String!, $n: String!, $d: String!) {
    putRolePolicy(input: { roleName: $e, policyName: $n, policyDocument: $d }) {
      __typename
    }
  }
`);

export const DELETE_ROLE_POLICY = graphql(`
  mutation ConsoleDeleteRolePolicy($e: String!, $n: String!) {
    deleteRolePolicy(input: { roleName: $e, policyName: $n }) {
      __typename
    }
  }
`);
