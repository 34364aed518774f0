import { graphql } from '../generated';
import type { TestServer } from './server';
import { dataOf, present } from './server';
import { type AuthenticatorTraits, SoftAuthenticator } from './webauthn';

/** The origin and RP ID the WebAuthn test servers are configured with. */
export const ORIGIN = 'https://console.iam.test';
export const RP_ID = 'iam.test';
export const WEBAUTHN_ENV = { IAM_WEBAUTHN_ORIGINS: ORIGIN, IAM_WEBAUTHN_RP_ID: RP_ID };

export const W = {
  options: graphql(`
    mutation CreateWebAuthnRegistrationOptionsInTests($i: CreateWebAuthnRegistrationOptionsInput!) {
      createWebAuthnRegistrationOptions(input: $i) {
        optionsJson
      }
    }
  `),
  complete: graphql(`
    mutation CompleteWebAuthnRegistrationInTests($i: CompleteWebAuthnRegistrationInput!) {
      completeWebAuthnRegistration(input: $i) {
        mfaDevice {
          serialNumber
          type
          enableDate
          userName
          passkeySignIn
        }
        recoveryCodes
      }
    }
  `),
  login: graphql(`
    mutation LoginInWebAuthnTests($u: String!, $p: String!) {
      login(input: { userName: $u, password: $p }) {
        status
        session {
          token
          mfaAuthenticated
        }
        mfaChallenge {
          token
          methods
          webAuthnOptionsJson
        }
      }
    }
  `),
  respond: graphql(`
    mutation RespondWithWebAuthnInTests($t: String!, $r: String!) {
      respondToMfaChallenge(input: { challengeToken: $t, webAuthnResponseJson: $r }) {
        status
        session {
          token
          mfaAuthenticated
        }
      }
    }
  `),
  passkeyOptions: graphql(`
    mutation CreatePasskeySignInOptionsInTests {
      createPasskeySignInOptions {
        challengeToken
        optionsJson
      }
    }
  `),
  passkey: graphql(`
    mutation CompletePasskeySignInInTests($i: CompletePasskeySignInInput!) {
      completePasskeySignIn(input: $i) {
        status
        session {
          token
          mfaAuthenticated
        }
        mfaChallenge {
          token
        }
      }
    }
  `),
  devices: graphql(`
    query MfaDevicesInWebAuthnTests($n: String!) {
      user(userName: $n) {
        mfaDevices {
          serialNumber
          type
          passkeySignIn
        }
      }
    }
  `),
};

/** Registers a new software authenticator for the user (as the caller `token`, by default the administrator). */
export async function registerKey(
  s: TestServer,
  userName: string,
  deviceName: string,
  token?: string,
  opts: { passkeySignIn?: boolean; traits?: AuthenticatorTraits } = {},
) {
  const caller = token ?? (await s.adminToken());
  const key = new SoftAuthenticator(ORIGIN, RP_ID, opts.traits);
  const options = await s.ok(W.options, { i: { userName, deviceName, passkeySignIn: opts.passkeySignIn } }, caller);
  const done = await s.ok(
    W.complete,
    { i: { userName, deviceName, responseJson: key.register(options.createWebAuthnRegistrationOptions!.optionsJson) } },
    caller,
  );
  return {
    key,
    device: present(done.completeWebAuthnRegistration).mfaDevice,
    recoveryCodes: done.completeWebAuthnRegistration!.recoveryCodes,
  };
}

/** The password step of a user with a security key: the challenge's token and WebAuthn options. */
export async function passwordStep(s: TestServer, userName: string, password: string) {
  const res = await s.gql(W.login, { u: userName, p: password });
  const challenge = present(dataOf(res).login?.mfaChallenge, 'an MFA challenge');
  return { token: challenge.token, methods: challenge.methods, optionsJson: present(challenge.webAuthnOptionsJson, 'WebAuthn options') };
}

/** Registers a passkey (a discoverable, user-verifying software authenticator, chosen for passkey sign-in) for the user. */
export function registerPasskey(s: TestServer, userName: string, deviceName = 'passkey') {
  return registerKey(s, userName, deviceName, undefined, { passkeySignIn: true, traits: { discoverable: true } });
}

/** The first half of a passkey sign-in: the attempt's token and the options for the authenticator. */
export async function passkeyOptions(s: TestServer) {
  const res = await s.ok(W.passkeyOptions, {});
  const o = present(res.createPasskeySignInOptions);
  return { token: o.challengeToken, optionsJson: o.optionsJson };
}
