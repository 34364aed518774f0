import { Errors } from '../kernel/errors';
import { POLICY_SIZE_LIMITS, policySize } from '../policy';

/**
 * Bounds of the simulators' input, checked before any other work (README, "Simulator limits").
 * AWS's own constraints where the IAM API reference states them (SimulatePrincipalPolicy and
 * SimulateCustomPolicy request parameters, and the quotas of "IAM and AWS STS quotas"), ours where
 * AWS states none; every list and string is bounded.
 */
export const SIMULATION_LIMITS = Object.freeze({
  /**
   * Action × resource results per call. AWS pages the results (MaxItems, default 100); we return
   * one page, never truncated, so a call holds at most AWS's default page.
   */
  results: 100,
  /** ActionNames members: 3 to 128 characters (AWS's ActionNameType). */
  actionNameLength: { min: 3, max: 128 },
  /** ResourceArns members, CallerArn and ResourceOwner: 1 to 2048 (ResourceNameType); PolicySourceArn: 20 to 2048 (arnType). */
  arnLength: 2048,
  policySourceArnMinLength: 20,
  /** A document: at most 131,072 characters with whitespace (AWS's policyDocumentType)… */
  documentLength: POLICY_SIZE_LIMITS.documentLength,
  /**
   * …and, without whitespace, at most the largest identity policy IAM stores (a role's inline
   * policies, 10,240); a permissions boundary is a managed policy (6,144).
   */
  documentSize: POLICY_SIZE_LIMITS.inlineRole,
  boundarySize: POLICY_SIZE_LIMITS.managed,
  policyInputs: 10,
  /** "You can input only one permissions boundary" (PermissionsBoundaryPolicyInputList). */
  boundaryInputs: 1,
  contextEntries: 100,
  /** ContextKeyName: 5 to 256 characters (AWS's ContextKeyNameType). */
  contextKeyLength: { min: 5, max: 256 },
  contextValuesPerEntry: 100,
  /** The longest value a documented key holds is an ARN. */
  contextValueLength: 2048,
  contextTotalLength: 65_536,
  /**
   * Policy work of all the simulations and validatePolicy calls of one request (aliases
   * included), in work-meter steps (a step is a few nanoseconds): generous for real policies
   * (100 results over hundreds of statements need well under a million), and a bound on what a
   * crafted request can cost.
   */
  workPerRequest: 10_000_000,
  /** Reading a document (validate and compile) costs about this many steps per character. */
  documentStepsPerCharacter: 20,
});

const L = SIMULATION_LIMITS;

export interface SimulationInput {
  policySourceArn?: string | null;
  callerArn?: string | null;
  actionNames: readonly string[];
  resourceArns?: readonly string[] | null;
  contextEntries?: readonly { contextKeyName: string; contextKeyValues: readonly string[] }[] | null;
  policyInputList?: readonly string[] | null;
  permissionsBoundaryPolicyInputList?: readonly string[] | null;
  resourcePolicy?: string | null;
  resourceOwner?: string | null;
}

function arnField(field: string, value: string | null | undefined, min: number): void {
  if (value == null) return;
  if (value.length < min || value.length > L.arnLength) {
    throw Errors.badInput(field, `Invalid ${field}: an ARN has ${min} to ${L.arnLength} characters`);
  }
}

function documents(field: string, list: readonly string[] | null | undefined, maxCount: number, maxSize: number): void {
  if (list == null) return;
  if (list.length > maxCount) throw Errors.badInput(field, `Invalid ${field}: at most ${maxCount} ${maxCount === 1 ? 'document' : 'documents'}`);
  list.forEach((doc, i) => {
    if (doc.length < 1 || doc.length > L.documentLength) {
      throw Errors.badInput(field, `Invalid ${field}[${i}]: a policy document has 1 to ${L.documentLength} characters`);
    }
    const size = policySize(doc);
    if (size > maxSize) {
      throw Errors.badInput(field, `Invalid ${field}[${i}]: a policy document has at most ${maxSize} characters other than whitespace (this one ${size})`);
    }
  });
}

/** Throws BAD_USER_INPUT, naming the field, for the first input out of bounds. Linear in the input. */
export function assertSimulationInput(input: SimulationInput): void {
  arnField('policySourceArn', input.policySourceArn, L.policySourceArnMinLength);
  arnField('callerArn', input.callerArn, 1);
  arnField('resourceOwner', input.resourceOwner, 1);
  // ResourcePolicy: AWS's policyDocumentType, 1 to 131,072 characters; its work is budgeted.
  const rp = input.resourcePolicy;
  if (rp != null && (rp.length < 1 || rp.length > L.documentLength)) {
    throw Errors.badInput('resourcePolicy', `Invalid resourcePolicy: a policy document has 1 to ${L.documentLength} characters`);
  }
  const actions = input.actionNames;
  if (actions.length === 0) throw Errors.badInput('actionNames', 'Invalid actionNames: at least one action is required');
  const resources = input.resourceArns && input.resourceArns.length > 0 ? input.resourceArns.length : 1;
  if (actions.length > L.results || actions.length * resources > L.results) {
    throw Errors.badInput('actionNames', `Invalid actionNames: at most ${L.results} action and resource pairs per call (${actions.length} × ${resources} given)`);
  }
  actions.forEach((a, i) => {
    if (a.length < L.actionNameLength.min || a.length > L.actionNameLength.max) {
      throw Errors.badInput('actionNames', `Invalid actionNames[${i}]: an action name has ${L.actionNameLength.min} to ${L.actionNameLength.max} characters`);
    }
  });
  (input.resourceArns ?? []).forEach((r, i) => {
    if (r.length < 1 || r.length > L.arnLength) throw Errors.badInput('resourceArns', `Invalid resourceArns[${i}]: an ARN has 1 to ${L.arnLength} characters`);
  });
  const entries = input.contextEntries ?? [];
  if (entries.length > L.contextEntries) throw Errors.badInput('contextEntries', `Invalid contextEntries: at most ${L.contextEntries} entries`);
  let total = 0;
  entries.forEach((e, i) => {
    const k = e.contextKeyName;
    if (k.length < L.contextKeyLength.min || k.length > L.contextKeyLength.max) {
      throw Errors.badInput('contextEntries', `Invalid contextEntries[${i}].contextKeyName: ${L.contextKeyLength.min} to ${L.contextKeyLength.max} characters`);
    }
    if (e.contextKeyValues.length > L.contextValuesPerEntry) {
      throw Errors.badInput('contextEntries', `Invalid contextEntries[${i}].contextKeyValues: at most ${L.contextValuesPerEntry} values`);
    }
    for (const v of e.contextKeyValues) {
      if (v.length > L.contextValueLength) {
        throw Errors.badInput('contextEntries', `Invalid contextEntries[${i}].contextKeyValues: a value has at most ${L.contextValueLength} characters`);
      }
      total += v.length;
    }
  });
  if (total > L.contextTotalLength) throw Errors.badInput('contextEntries', `Invalid contextEntries: at most ${L.contextTotalLength} characters of values in all`);
  documents('policyInputList', input.policyInputList, L.policyInputs, L.documentSize);
  documents('permissionsBoundaryPolicyInputList', input.permissionsBoundaryPolicyInputList, L.boundaryInputs, L.boundarySize);
}
