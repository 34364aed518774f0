import { graphql } from '../generated';

/** Tags and permissions boundaries of users and roles; `$e` is the entity's name. */
export const PUT_USER_BOUNDARY = graphql(`
  mutation ConsolePutUserPermissionsBoundary($e: String!, $p: String!) {
    putUserPermissionsBoundary(input: { userName: $e, permissionsBoundary: $p }) {
      __typename
    }
  }
`);

export const DELETE_USER_BOUNDARY = graphql(`
  mutation ConsoleDeleteUserPermissionsBoundary($e: String!) {
    deleteUserPermissionsBoundary(input: { userName: $e }) {
      __typename
    }
  }
`);

export const TAG_USER = graphql(`
  mutation ConsoleTagUser($e: String!, $tags: [TagInput!]!) {
    tagUser(input: { userName: $e, tags: $tags }) {
      __typename
    }
  }
`);

export const UNTAG_USER = graphql(`
  mutation ConsoleUntagUser($e: String!, $keys: [String!]!) {
    untagUser(input: { userName: $e, tagKeys: $keys }) {
      __typename
    }
  }
`);

export const PUT_ROLE_BOUNDARY = graphql(`
  mutation ConsolePutRolePermissionsBoundary($e: String!, $p: String!) {
    putRolePermissionsBoundary(input: { roleName: $e, permissionsBoundary: $p }) {
      __typename
    }
  }
`);

export const DELETE_ROLE_BOUNDARY = graphql(`
  mutation ConsoleDeleteRolePermissionsBoundary($e: String!) {
    deleteRolePermissionsBoundary(input: { roleName: $e }) {
      __typename
    }
  }
`);

export const TAG_ROLE = graphql(`
  mutation ConsoleTagRole($e: String!, $tags: [TagInput!]!) {
    tagRole(input: { roleName: $e, tags: $tags }) {
      __typename
    }
  }
`);

export const UNTAG_ROLE = graphql(`
  mutation ConsoleUntagRole($e: String!, $keys: [String!]!) {
    untagRole(input: { roleName: $e, tagKeys: $keys }) {
      __typename
    }
  }
`);
