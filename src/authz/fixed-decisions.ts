import type { Decision } from '../policy';
import { awsManagedPolicyRefusal, isPolicyChangingAction } from '../policy-store/aws-managed-policy';

/**
 * Decisions that no policy can change, so that the simulators answer what the API does:
 *  - sts:GetCallerIdentity needs no permission and cannot be denied (STS API reference,
 *    GetCallerIdentity: "No permissions are required to perform this operation. If an
 *    administrator attaches a policy to your identity that explicitly denies access to the
 *    sts:GetCallerIdentity action, you can still perform this operation"); the API's `me`;
 *  - no one can change an AWS managed policy (aws-managed-policy.ts, the rule ManagedPolicyService
 *    applies to every write).
 */
export interface FixedDecision {
  decision: Decision;
  explanation: string;
}

export function fixedDecision(action: string, resource: string, callerArn: string | null): FixedDecision | null {
  if (action.toLowerCase() === 'sts:getcalleridentity') {
    return {
      decision: 'ALLOWED',
      explanation: `Allowed to perform ${action}: it needs no permission, and no policy can deny it.`,
    };
  }
  if (isPolicyChangingAction(action)) {
    const refusal = awsManagedPolicyRefusal(callerArn, action, { arn: resource });
    if (refusal) {
      return {
        decision: 'EXPLICIT_DENY',
        explanation: `${refusal}: no one can change an AWS managed policy, whatever the policies allow.`,
      };
    }
  }
  return null;
}
