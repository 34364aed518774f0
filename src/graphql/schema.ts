import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GraphQLFieldResolver } from 'graphql';
import type { Services } from '../services';
import type { GraphQLContext } from './context';
import type { Resolvers } from './generated/graphql-types';
import { transactional } from './operation';
import { auditResolvers } from './resolvers/audit.resolvers';
import { authResolvers } from './resolvers/auth.resolvers';
import { callerPermissionsResolvers } from './resolvers/caller-permissions.resolvers';
import { connectionResolvers } from './resolvers/connection.resolvers';
import { credentialsResolvers } from './resolvers/credentials.resolvers';
import { decisionResolvers } from './resolvers/decision.resolvers';
import { identityResolvers } from './resolvers/identity.resolvers';
import { mfaResolvers } from './resolvers/mfa.resolvers';
import { oidcResolvers } from './resolvers/oidc.resolvers';
import { policyResolvers } from './resolvers/policy.resolvers';
import { resourcePolicyResolvers } from './resolvers/resource-policy.resolvers';
import { rolesResolvers } from './resolvers/roles.resolvers';
import { scalarResolvers } from './resolvers/scalar.resolvers';
import { sessionsResolvers } from './resolvers/sessions.resolvers';
import { simulationResolvers } from './resolvers/simulation.resolvers';
import { stsResolvers } from './resolvers/sts.resolvers';

/** schema.graphql at the repository root is the source of truth (types are generated from it). */
export function loadTypeDefs(): string {
  // The nearest schema.graphql above this file: the repository root from src/ and from dist/src/.
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'schema.graphql');
    if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
    if (dirname(dir) === dir) throw new Error('schema.graphql not found');
  }
}


/** The resolver factories, each given the services it declares. */
function domainResolvers(s: Services): Resolvers[] {
  return [
    scalarResolvers,
    connectionResolvers,
    authResolvers(s),
    credentialsResolvers(s),
    mfaResolvers(s),
    identityResolvers(s),
    auditResolvers(s),
    rolesResolvers(s),
    stsResolvers(s),
    oidcResolvers(s),
    policyResolvers(s),
    resourcePolicyResolvers(s),
    simulationResolvers(s),
    decisionResolvers(s),
    callerPermissionsResolvers(s),
    sessionsResolvers(s),
  ];
}

/** Merges the domains' resolver maps and makes every mutation field one transaction. */
export function buildResolvers(services: Services, extra: Resolvers[] = []): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const r of [...domainResolvers(services), ...extra]) {
    for (const [typeName, fields] of Object.entries(r)) {
      if (typeof fields !== 'object' || fields === null || Object.getPrototypeOf(fields) !== Object.prototype) {
        merged[typeName] = fields as Record<string, unknown>; // scalars
        continue;
      }
      const target = (merged[typeName] ??= {});
      for (const [field, fn] of Object.entries(fields)) {
        if (field in target) throw new Error(`resolver ${typeName}.${field} is defined twice`);
        target[field] = fn;
      }
    }
  }
  const mutation = merged.Mutation ?? {};
  for (const [field, fn] of Object.entries(mutation)) {
    mutation[field] = transactional(field, fn as GraphQLFieldResolver<unknown, GraphQLContext>, services.audit);
  }
  return merged as Resolvers;
}
