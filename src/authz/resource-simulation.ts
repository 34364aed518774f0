/**
 * The simulators' resource-based policy (AWS's SimulateCustomPolicy / SimulatePrincipalPolicy
 * `ResourcePolicy`, `ResourceOwner` and `CallerArn`): "Each resource in the simulation is treated
 * as if it had this policy attached"; the caller is whom its Principal elements are matched
 * against; the owner is the account of "any simulated resource that does not identify its owner
 * in the resource ARN", and by default the caller's account.
 */
import { parseIamArn } from '../kernel/arn';
import { Errors } from '../kernel/errors';
import { type CompiledPolicy, compilePolicy, type GrantCaller } from '../policy';
import { assertValidResourcePolicy } from '../policy-store/policy-documents';
import type { PolicyMeta } from '../policy-store/policy-set';
import { spendOnDocument, type WorkBudget } from './policy-work-budget';

/** A simulated caller: an IAM user, or a role (one of its sessions, unnamed). */
export interface SimulatedCaller {
  arn: string;
  type: 'user' | 'role';
  account: string;
  /** Whom a Principal element can name: the user's ARN (and unique id), or the role's ARN. */
  grant: GrantCaller;
  /** The request-context keys AWS sets for such a caller ("AWS global condition context keys"). */
  keys: Record<string, string>;
}

/** The ARN of an IAM user or role (AWS's simulators take only users; roles are ours). BAD_USER_INPUT otherwise. */
export function simulatedCaller(value: string, field: string, uniqueId?: string): SimulatedCaller {
  const p = parseIamArn(value);
  if (!p || p.service !== 'iam' || !/^\d{12}$/.test(p.account) || (p.resourceType !== 'user' && p.resourceType !== 'role')) {
    throw Errors.badInput(field, `Invalid ${field}: the ARN of an IAM user or role (arn:aws:iam::ACCOUNT:user/NAME or …:role/NAME)`);
  }
  if (p.resourceType === 'user') {
    return {
      arn: value,
      type: 'user',
      account: p.account,
      grant: { principal: uniqueId ? [value, uniqueId] : [value], role: [], account: p.account },
      keys: { 'aws:username': p.name, 'aws:PrincipalArn': value, 'aws:PrincipalType': 'User', ...(uniqueId ? { 'aws:userid': uniqueId } : {}) },
    };
  }
  // A session of the role: aws:PrincipalArn is the role's ARN ("aws:PrincipalArn", role sessions).
  return {
    arn: value,
    type: 'role',
    account: p.account,
    grant: { principal: [], role: uniqueId ? [value, uniqueId] : [value], account: p.account },
    keys: { 'aws:PrincipalArn': value, 'aws:PrincipalType': 'AssumedRole' },
  };
}

const ROOT = /^arn:aws:iam::(\d{12}):root$/;

/** ResourceOwner: "The ARN for an account uses the following syntax: arn:aws:iam::AWS-account-ID:root". */
export function resourceOwnerAccount(value: string): string {
  const m = ROOT.exec(value);
  if (!m) throw Errors.badInput('resourceOwner', 'Invalid resourceOwner: an account ARN, arn:aws:iam::ACCOUNT-ID:root');
  return m[1]!;
}

/** The resource's own account when its ARN names one (arn:aws:sqs:us-east-1:ACCOUNT:queue), else the given owner. */
export function ownerOfResource(resourceArn: string, owner: string): string {
  const parts = resourceArn.split(':', 6);
  return parts.length === 6 && parts[0] === 'arn' && /^\d{12}$/.test(parts[4]!) ? parts[4]! : owner;
}

export const RESOURCE_POLICY_ID = 'ResourcePolicy';

/**
 * Valid resource policies compiled already, by their text: an application sends the same few
 * documents' policies with request after request (isAuthorized), and validating and compiling one
 * costs more than deciding. Bounded in entries and in the size of a document kept; least recently used out first.
 */
const COMPILED = new Map<string, CompiledPolicy<PolicyMeta>>();
const COMPILED_MAX = 1000;
const COMPILED_MAX_LENGTH = 10_240;

/** A resource policy given to a simulator: validated as AWS validates resource policies, else MALFORMED_POLICY_DOCUMENT located under `resourcePolicy`. */
export function compileResourcePolicy(doc: string, budget: WorkBudget): CompiledPolicy<PolicyMeta> {
  const hit = COMPILED.get(doc);
  if (hit) {
    COMPILED.delete(doc);
    COMPILED.set(doc, hit);
    return hit;
  }
  spendOnDocument(budget, doc);
  assertValidResourcePolicy(doc, 'resourcePolicy', true);
  const meta: PolicyMeta = { id: RESOURCE_POLICY_ID, kind: 'RESOURCE', arn: null, name: RESOURCE_POLICY_ID, versionId: null, isAwsManaged: false, ownerType: null };
  const compiled = compilePolicy(doc, meta, { kind: 'RESOURCE' });
  if (doc.length <= COMPILED_MAX_LENGTH) {
    if (COMPILED.size >= COMPILED_MAX) COMPILED.delete(COMPILED.keys().next().value!);
    COMPILED.set(doc, compiled);
  }
  return compiled;
}

export interface SimulatedResourcePolicy {
  policy: CompiledPolicy<PolicyMeta>;
  /** Whom its Principal elements are matched against (the simulator's CallerArn). */
  caller: GrantCaller;
  /** The account owning resources whose ARN names none: resourceOwner, else the caller's account. */
  owner: string;
}

export interface ResourceSimulationInput {
  resourcePolicy?: string | null;
  resourceOwner?: string | null;
}

/**
 * The resource side of a simulation; undefined without resourcePolicy. "CallerArn is required if
 * you include a ResourcePolicy so that the policy's Principal element has a value to use in
 * evaluating the policy" (SimulateCustomPolicy); `missingCaller` says why there is none.
 */
export function simulatedResource(input: ResourceSimulationInput, caller: SimulatedCaller | null, missingCaller: string, budget: WorkBudget): SimulatedResourcePolicy | undefined {
  const owner = input.resourceOwner != null ? resourceOwnerAccount(input.resourceOwner) : null;
  if (input.resourcePolicy == null) return undefined;
  if (!caller) throw Errors.badInput('callerArn', `Invalid callerArn: ${missingCaller}`);
  return { policy: compileResourcePolicy(input.resourcePolicy, budget), caller: caller.grant, owner: owner ?? caller.account };
}
