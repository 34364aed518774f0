import { requestWorkBudget, spendOnDocument } from '../../authz/policy-work-budget';
import { simulatedCaller, simulatedResource } from '../../authz/resource-simulation';
import { compileInputPolicies, simulate, simulationContext } from '../../authz/simulation.service';
import { assertSimulationInput } from '../../authz/simulation-limits';
import { isValid,validatePolicy } from '../../policy';
import { viaGroupOf } from '../../policy-store/policy-set';
import type { Services } from '../../services';
import { authorize } from '../authorize';
import type { Resolvers } from '../generated/graphql-types';
import { principalByArn } from '../targets';

/** `$.Statement[2].Action` → 2; `$.Statement.Action` (a single statement object) → 0; else null. */
function statementIndexOf(path: string): number | null {
  const m = /^\$\.Statement(?:\[(\d+)\]|(?=\.))/.exec(path);
  return m ? Number(m[1] ?? 0) : null;
}

/** simulatePrincipalPolicy, simulateCustomPolicy and validatePolicy (issue 3 part 5, AWS's shapes). */
export type SimulationDeps = Pick<Services, 'groups' | 'policyStore' | 'roles' | 'sts' | 'users'>;

export function simulationResolvers(s: SimulationDeps): Resolvers {
  return {
    Query: {
      simulatePrincipalPolicy: async (_, { input }, ctx) => {
        assertSimulationInput(input);
        await authorize(ctx, 'iam:SimulatePrincipalPolicy', input.policySourceArn);
        const ref = await principalByArn(ctx, s, input.policySourceArn);
        const set = await s.policyStore.policySet(ctx.uow, ref);
        const budget = requestWorkBudget(ctx.uow);
        const extra = compileInputPolicies(input.policyInputList ?? [], 'policyInputList', 'PolicyInputList', 'INPUT', budget);
        const boundary =
          input.permissionsBoundaryPolicyInputList != null
            ? compileInputPolicies(input.permissionsBoundaryPolicyInputList, 'permissionsBoundaryPolicyInputList', 'PermissionsBoundaryPolicyInputList', 'BOUNDARY_INPUT', budget)
            : set.boundary;
        const user = ref.type === 'USER' ? await ctx.loaders.identity.userById.load(ref.id) : null;
        // CallerArn: "If you do not specify a CallerArn, it defaults to the ARN of the user that you specify in PolicySourceArn" (a role too, here).
        const caller = input.callerArn
          ? simulatedCaller(input.callerArn, 'callerArn')
          : ref.type !== 'GROUP'
            ? simulatedCaller(input.policySourceArn, 'policySourceArn', user?.userId)
            : null;
        const resource = simulatedResource(input, caller, 'required with resourcePolicy when policySourceArn is a group', budget);
        // Caller keys as before for a principal simulated as itself: a user's, none for a role.
        const keys = input.callerArn || user ? (caller?.keys ?? {}) : {};
        const context = simulationContext(input.contextEntries ?? [], keys);
        const identity = [...set.identity, ...extra];
        const resourceArns = input.resourceArns ?? ['*'];
        // sts:AssumeRole on a role is decided with the role's trust policy, as assumeRole decides it.
        const decideOther = await s.sts.simulatedAssumeRole(ctx.uow, ref, { identity, boundary }, context, input.actionNames, resourceArns);
        const evaluationResults = simulate(
          {
            callerArn: input.callerArn ?? (ref.type === 'GROUP' ? null : input.policySourceArn),
            identity,
            boundary,
            actionNames: input.actionNames,
            resourceArns,
            context,
            decideOther,
            viaGroupOf: (meta) => viaGroupOf(set, meta),
            resource,
          },
          budget,
        );
        return { evaluationResults, isTruncated: false };
      },
      simulateCustomPolicy: async (_, { input }, ctx) => {
        assertSimulationInput(input);
        await authorize(ctx, 'iam:SimulateCustomPolicy', '*');
        const budget = requestWorkBudget(ctx.uow);
        const identity = compileInputPolicies(input.policyInputList, 'policyInputList', 'PolicyInputList', 'INPUT', budget);
        const boundary = compileInputPolicies(input.permissionsBoundaryPolicyInputList ?? [], 'permissionsBoundaryPolicyInputList', 'PermissionsBoundaryPolicyInputList', 'BOUNDARY_INPUT', budget);
        const caller = input.callerArn ? simulatedCaller(input.callerArn, 'callerArn') : null;
        const resource = simulatedResource(input, caller, 'required with resourcePolicy (whom its Principal elements are matched against)', budget);
        const context = simulationContext(input.contextEntries ?? [], caller?.keys ?? {});
        const evaluationResults = simulate(
          { callerArn: input.callerArn ?? null, identity, boundary, actionNames: input.actionNames, resourceArns: input.resourceArns ?? ['*'], context, resource },
          budget,
        );
        return { evaluationResults, isTruncated: false };
      },
      validatePolicy: async (_, { policyDocument, policyType }, ctx) => {
        await authorize(ctx, 'access-analyzer:ValidatePolicy', '*');
        // Aliases must not multiply the work of one request (SIMULATION_LIMITS.workPerRequest).
        spendOnDocument(requestWorkBudget(ctx.uow), policyDocument);
        const kind = policyType === 'TRUST_POLICY' ? 'TRUST' : policyType === 'RESOURCE_POLICY' ? 'RESOURCE' : 'IDENTITY';
        const findings = validatePolicy(policyDocument, { kind });
        return {
          valid: isValid(findings),
          findings: findings.map((f) => ({
            findingType: f.severity,
            issueCode: f.code,
            findingDetails: f.detail ? `${f.message} ${f.detail}` : f.message,
            path: f.path,
            policySource: {
              type: policyType === 'IDENTITY_POLICY' || policyType == null ? 'NONE' : 'RESOURCE',
              policyId: 'policyDocument',
              policyArn: null,
              policyName: 'policyDocument',
              versionId: null,
              viaGroup: null,
              statementIndex: statementIndexOf(f.path),
            },
          })),
        };
      },
    },
  };
}
