import {
  buildClientSchema,
  getIntrospectionQuery,
  type GraphQLSchema,
  type IntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
} from 'graphql';
import { startTestServer, type TestServer } from '../support/server';

/**
 * The docs explorer (GraphiQL's, the web console's) shows what introspection returns: every type,
 * field, argument, input field and enum value must say what it is, and every operation the AWS
 * action it needs, so that a person can write the policy for it without reading the source.
 */
const ACTION = /\b(iam|sts|signin|access-analyzer|cloudtrail):[A-Za-z*]+/;
const NO_PERMISSION = /needs no permission/i;

describe('schema documentation, as GraphiQL loads it', () => {
  let s: TestServer;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    s = await startTestServer();
    // No token: GraphiQL introspects before anyone signs in.
    const res = await s.gql<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, schemaDescription: true }));
    expect(res.errors).toBeUndefined();
    schema = buildClientSchema(res.data!);
  });
  afterAll(async () => s.close());

  const described = (d: string | null | undefined) => typeof d === 'string' && d.trim().length > 0;

  test('every type, field, argument, input field and enum value has a description', () => {
    const missing: string[] = [];
    const check = (where: string, description: string | null | undefined) => {
      if (!described(description)) missing.push(where);
    };
    check('schema', schema.description);
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
      // Custom scalars: see the known failure below.
      if (!isScalarType(type)) check(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
      } else if (isEnumType(type)) {
        for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
      }
    }
    expect(missing).toEqual([]);
  });

  // Known gap, outside this file's reach: the resolver scalars (src/graphql/scalars.ts) carry
  // `description: undefined`, and graphql-tools copies it over the description written in
  // schema.graphql, so GraphiQL shows DateTime and JSON without one. This test starts to fail
  // (and `.failing` should go) once those scalars carry their descriptions.
  test.failing('custom scalars keep the description schema.graphql gives them', () => {
    const bare = Object.values(schema.getTypeMap()).filter((t) => isScalarType(t) && !isSpecifiedScalarType(t) && !described(t.description));
    expect(bare.map((t) => t.name)).toEqual([]);
  });

  test('every root field names the action it needs (or says it needs none), and says more than that', () => {
    const unnamed: string[] = [];
    const bare: string[] = [];
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(root.getFields())) {
        const where = `${root.name}.${field.name}`;
        const d = field.description ?? '';
        if (!ACTION.test(d) && !NO_PERMISSION.test(d)) unnamed.push(where);
        // "iam:GetUser" alone tells a reader nothing they could not guess from the name.
        const rest = d.replace(new RegExp(ACTION.source, 'g'), '').replace(/[^A-Za-z]+/g, ' ').trim();
        if (rest.split(' ').length < 4) bare.push(where);
      }
    }
    expect(unnamed).toEqual([]);
    expect(bare).toEqual([]);
  });

  test('nested fields authorized with their own action name it', () => {
    // Served by AWS through their own actions: a policy writer must see which.
    const own: Record<string, RegExp> = {
      'User.groups': /iam:ListGroupsForUser/,
      'User.loginProfile': /iam:GetLoginProfile/,
      'User.accessKeys': /iam:ListAccessKeys/,
      'User.mfaDevices': /iam:ListMFADevices/,
      'User.attachedManagedPolicies': /iam:ListAttachedUserPolicies/,
      'User.inlinePolicies': /iam:ListUserPolicies.*iam:GetUserPolicy/s,
      'User.effectivePermissions': /iam:GetAccountAuthorizationDetails/,
      'User.signInThrottle': /iam:GetSignInThrottle/,
      'Group.users': /iam:GetGroup/,
      'Group.attachedManagedPolicies': /iam:ListAttachedGroupPolicies/,
      'Group.inlinePolicies': /iam:ListGroupPolicies.*iam:GetGroupPolicy/s,
      'Group.effectivePermissions': /iam:GetAccountAuthorizationDetails/,
      'Role.attachedManagedPolicies': /iam:ListAttachedRolePolicies/,
      'Role.inlinePolicies': /iam:ListRolePolicies.*iam:GetRolePolicy/s,
      'Role.effectivePermissions': /iam:GetAccountAuthorizationDetails/,
      'Policy.defaultVersion': /iam:GetPolicyVersion/,
      'Policy.versions': /iam:ListPolicyVersions.*iam:GetPolicyVersion/s,
    };
    const wrong = Object.entries(own).filter(([path, re]) => {
      const [typeName, fieldName] = path.split('.') as [string, string];
      const type = schema.getType(typeName);
      const d = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[fieldName]?.description : undefined;
      return !re.test(d ?? '');
    });
    expect(wrong.map(([p]) => p)).toEqual([]);
  });
});
