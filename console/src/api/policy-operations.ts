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
