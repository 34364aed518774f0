import { randomBytes } from 'node:crypto';
import { graphql } from '../generated';
import { LOGIN_STATUS_AND_SESSION } from './operations';
import type { TestServer } from './server';
import { dataOf } from './server';

/** Small factories: each test builds its own data through the API, as a client would. */
export function uniqueName(prefix = 'u'): string {
  return `${prefix}${randomBytes(4).toString('hex')}`;
}

/** Random, with a letter of each case, a digit and a symbol: it meets any password policy a test sets. */
export function strongPassword(): string {
  return `Pw-${randomBytes(12).toString('base64url')}-9`;
}

export async function createUser(s: TestServer, userName = uniqueName(), extra: Record<string, unknown> = {}) {
  const token = await s.adminToken();
  const res = await s.gql(
    graphql(`
      mutation CreateUserInFactories($input: CreateUserInput!) {
        createUser(input: $input) {
          user {
            userName
            userId
            arn
            path
          }
        }
      }
    `),
    { input: { userName, ...extra } },
    token,
  );
  if (res.errors) throw new Error(`createUser failed: ${JSON.stringify(res.errors)}`);
  return dataOf(res).createUser?.user as { userName: string; userId: string; arn: string; path: string };
}

/** A user with a password, signed in: returns its bearer token. */
export async function createUserWithLogin(s: TestServer, userName = uniqueName()) {
  await createUser(s, userName);
  const password = strongPassword();
  const token = await s.adminToken();
  const res = await s.gql(
    graphql(`
      mutation CreateLoginProfileInFactories($input: CreateLoginProfileInput!) {
        createLoginProfile(input: $input) {
          loginProfile {
            userName
          }
        }
      }
    `),
    { input: { userName, password } },
    token,
  );
  if (res.errors) throw new Error(`createLoginProfile failed: ${JSON.stringify(res.errors)}`);
  const login = await s.gql(LOGIN_STATUS_AND_SESSION, { u: userName, p: password });
  return { userName, password, token: login.data?.login?.session?.token as string };
}
