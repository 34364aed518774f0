import { graphql } from '../generated';
import { createUser, uniqueName } from '../support/factories';
import { CREATE_USER } from '../support/operations';
import { codeOf, firstError,useTestServer } from '../support/server';

describe('user names: ARNs, ids, uniqueness and validation', () => {
  const s = useTestServer();

  test('createUser returns AWS ARNs and ids; a path goes into the ARN', async () => {
    const name = uniqueName('alice');
    const u = await createUser(s, name, { path: '/eng/' });
    expect(u.arn).toBe(`arn:aws:iam::000000000000:user/eng/${name}`);
    expect(u.userId).toMatch(/^AIDA[A-Z2-7]{17}$/);
  });

  test('names are unique case-insensitively: ENTITY_ALREADY_EXISTS', async () => {
    const name = uniqueName('Bob');
    await createUser(s, name);
    const res = await s.gql(CREATE_USER, { n: name.toUpperCase() }, await s.adminToken());
    expect(codeOf(res)).toBe('ENTITY_ALREADY_EXISTS');
  });

  test('an invalid name is BAD_USER_INPUT naming the field', async () => {
    const res = await s.gql(
      graphql(`
        mutation CreateUserInFoundation {
          createUser(input: { userName: "no spaces allowed" }) {
            user {
              arn
            }
          }
        }
      `),
      {},
      await s.adminToken(),
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(firstError(res).extensions?.field).toBe('userName');
  });

  test('an unknown user is NO_SUCH_ENTITY', async () => {
    const res = await s.gql(
      graphql(`
        query UserInFoundation {
          user(userName: "nobody-here") {
            arn
          }
        }
      `),
      {},
      await s.adminToken(),
    );
    expect(codeOf(res)).toBe('NO_SUCH_ENTITY');
  });
});
