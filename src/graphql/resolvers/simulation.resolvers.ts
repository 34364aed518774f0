import { requestWorkBudget, spendOnDocument } from '../../authz/policy-work-budget';
import { compileInputPolicies, simulate, simulationContext } from '../../authz/simulation.service';
import { assertSimulationInput } from '../../authz/simulation-limits';
import { parseIamArn } from '../../kernel/arn';
import { isValid,validatePolicy } from '../../policy';
import { viaGroupOf } from '../../policy-store/policy-set';
import type { Services } from '../../services';
import { authorize } from '../authorize';
import type { Resolvers } from '../generated/graphql-types';
import { principalByArn } from '../targets';

/** Caller keys of a simulated user (AWS's CallerArn): aws:username and friends. */
function userCallerKeys(userArn: string, userId?: string): Record<string, string> {
  const p = parseIamArn(userArn);
  if (!p || p.resourceType !== 'user') return {};
  return { 'aws:username': p.name, 'aws:PrincipalArn': userArn, 'aws:PrincipalType': 'User', ...(userId ? { 'aws:userid': userId } : {}) };
}

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
        const context = simulationContext(input.contextEntries ?? [], user ? userCallerKeys(input.policySourceArn, user.userId) : {});
        const identity = [...set.identity, ...extra];
        const resourceArns = input.resourceArns ?? ['*'];
        // sts:AssumeRole on a role is decided with the role's trust policy, as assumeRole decides it.
        const decideOther = await s.sts.simulatedAssumeRole(ctx.uow, ref, { identity, boundary }, context, input.actionNames, resourceArns);
        const evaluationResults = simulate(
          {
            callerArn: ref.type === 'GROUP' ? null : input.policySourceArn,
            identity,
            boundary,
            actionNames: input.actionNames,
            resourceArns,
            context,
            decideOther,
            viaGroupOf: (meta) => viaGroupOf(set, meta),
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
        const context = simulationContext(input.contextEntries ?? [], input.callerArn ? userCallerKeys(input.callerArn) : {});
        const evaluationResults = simulate(
          { callerArn: input.callerArn ?? null, identity, boundary, actionNames: input.actionNames, resourceArns: input.resourceArns ?? ['*'], context },
          budget,
        );
        return { evaluationResults, isTruncated: false };
      },
      validatePolicy: async (_, { policyDocument, policyType }, ctx) => {
        await authorize(ctx, 'access-analyzer:ValidatePolicy', '*');
        // Aliases must not multiply the work of one request (SIMULATION_LIMITS.workPerRequest).
        spendOnDocument(requestWorkBudget(ctx.uow), policyDocument);
        const findings = validatePolicy(policyDocument, { kind: policyType === 'TRUST_POLICY' ? 'TRUST' : 'IDENTITY' });
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
