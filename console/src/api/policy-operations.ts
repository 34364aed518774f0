import { graphql } from '../generated';

/** The policy pages' operations: a policy with its versions, new policies and versions, validation. */
export const POLICY_DETAIL = graphql(`
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
`);

export const VALIDATE_POLICY = graphql(`
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
`);

export const CREATE_POLICY = graphql(`
  mutation ConsoleCreatePolicy($n: String!, $d: String!, $description: String) {
    createPolicy(input: { policyName: $n, policyDocument: $d, description: $description }) {
      policy {
        arn
      }
    }
  }
`);

export const CREATE_POLICY_VERSION = graphql(`
  mutation ConsoleCreatePolicyVersion($arn: String!, $d: String!, $default: Boolean) {
    createPolicyVersion(input: { policyArn: $arn, policyDocument: $d, setAsDefault: $default }) {
      __typename
    }
  }
`);

export const SET_DEFAULT_POLICY_VERSION = graphql(`
  mutation ConsoleSetDefaultPolicyVersion($arn: String!, $v: String!) {
    setDefaultPolicyVersion(input: { policyArn: $arn, versionId: $v }) {
      __typename
    }
  }
`);

export const DELETE_POLICY_VERSION = graphql(`
  mutation ConsoleDeletePolicyVersion($arn: String!, $v: String!) {
    deletePolicyVersion(input: { policyArn: $arn, versionId: $v }) {
      __typename
    }
  }
`);
