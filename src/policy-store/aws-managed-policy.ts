/**
 * AWS managed policies (arn:aws:iam::aws:policy/…) belong to AWS: no one can create or delete
 * their versions, change their default version, tag them or delete them, whatever the caller's
 * policies say ("AWS managed policies": "You cannot change the permissions defined in AWS managed
 * policies"). The one rule the API (ManagedPolicyService) and the simulators both apply.
 */

const AWS_MANAGED_PREFIX = 'arn:aws:iam::aws:policy/';

/** The actions that change a managed policy, lowercased (actions are case-insensitive). */
const CHANGING_ACTIONS = new Set([
  'iam:createpolicyversion',
  'iam:deletepolicyversion',
  'iam:setdefaultpolicyversion',
  'iam:deletepolicy',
  'iam:tagpolicy',
  'iam:untagpolicy',
]);

export function isAwsManagedPolicyArn(policyArn: string): boolean {
  return policyArn.startsWith(AWS_MANAGED_PREFIX);
}

/** Whether `action` changes the managed policy it names (what AWS refuses on AWS managed ones). */
export function isPolicyChangingAction(action: string): boolean {
  return CHANGING_ACTIONS.has(action.toLowerCase());
}

/**
 * AWS's AccessDenied message for changing `policy` with `action` when it is an AWS managed policy,
 * else null. `isAwsManaged` is the stored flag when the caller has the policy's row. The caller
 * knows `action` is a change (the API's writes; the simulators ask isPolicyChangingAction first).
 */
export function awsManagedPolicyRefusal(principalArn: string | null, action: string, policy: { arn: string; isAwsManaged?: boolean }): string | null {
  if (!policy.isAwsManaged && !isAwsManagedPolicyArn(policy.arn)) return null;
  const who = principalArn ? `User: ${principalArn} is not` : 'Not';
  return `${who} authorized to perform: ${action} on resource: policy ${policy.arn} because it is an AWS managed policy`;
}
