import { startAuthentication, startRegistration } from '@simplewebauthn/browser';
import { gql } from './api/client';
import { graphql } from './generated';

/*
 * Security keys and passkeys in the browser (W3C WebAuthn, through @simplewebauthn/browser): the
 * API makes every challenge and checks every answer; the browser only asks the authenticator.
 */

const PASSKEY_OPTIONS = graphql(`
  mutation ConsolePasskeySignInOptions {
    createPasskeySignInOptions {
      challengeToken
      optionsJson
    }
  }
`);

const PASSKEY_SIGN_IN = graphql(`
  mutation ConsoleCompletePasskeySignIn($t: String!, $r: String!) {
    completePasskeySignIn(input: { challengeToken: $t, responseJson: $r, sessionDelivery: COOKIE }) {
      status
    }
  }
`);

const RESPOND_WITH_KEY = graphql(`
  mutation ConsoleRespondWithSecurityKey($t: String!, $r: String!) {
    respondToMfaChallenge(input: { challengeToken: $t, webAuthnResponseJson: $r, sessionDelivery: COOKIE }) {
      status
    }
  }
`);

const REGISTRATION_OPTIONS = graphql(`
  mutation ConsoleWebAuthnRegistrationOptions($n: String!, $p: Boolean!) {
    createWebAuthnRegistrationOptions(input: { deviceName: $n, passkeySignIn: $p }) {
      optionsJson
    }
  }
`);

const COMPLETE_REGISTRATION = graphql(`
  mutation ConsoleCompleteWebAuthnRegistration($n: String!, $r: String!) {
    completeWebAuthnRegistration(input: { deviceName: $n, responseJson: $r }) {
      mfaDevice {
        serialNumber
        type
        passkeySignIn
      }
      recoveryCodes
    }
  }
`);

/** The authenticator's answer to options the API made, as the JSON string the API takes. */
async function authenticate(optionsJson: string): Promise<string> {
  return JSON.stringify(await startAuthentication({ optionsJSON: JSON.parse(optionsJson) }));
}

/** Signs in with a passkey alone: the browser offers the person's passkeys for this site, the API signs in with MFA. Returns the status. */
export async function signInWithPasskey(): Promise<string | null> {
  const { createPasskeySignInOptions: options } = await gql(PASSKEY_OPTIONS);
  if (!options) return null;
  const { completePasskeySignIn } = await gql(PASSKEY_SIGN_IN, { t: options.challengeToken, r: await authenticate(options.optionsJson) });
  return completePasskeySignIn?.status ?? null;
}

/** Answers a sign-in's second step with a security key (the options came with the challenge). Returns the status. */
export async function answerWithSecurityKey(challengeToken: string, optionsJson: string): Promise<string | null> {
  const { respondToMfaChallenge } = await gql(RESPOND_WITH_KEY, { t: challengeToken, r: await authenticate(optionsJson) });
  return respondToMfaChallenge?.status ?? null;
}

/** Registers a security key (or, with `passkeySignIn`, a passkey) for the signed-in user; the first MFA device brings recovery codes. */
export async function registerSecurityKey(deviceName: string, passkeySignIn: boolean): Promise<{ recoveryCodes: readonly string[] | null }> {
  const { createWebAuthnRegistrationOptions } = await gql(REGISTRATION_OPTIONS, { n: deviceName, p: passkeySignIn });
  if (!createWebAuthnRegistrationOptions) return { recoveryCodes: null };
  const response = await startRegistration({ optionsJSON: JSON.parse(createWebAuthnRegistrationOptions.optionsJson) });
  const { completeWebAuthnRegistration } = await gql(COMPLETE_REGISTRATION, { n: deviceName, r: JSON.stringify(response) });
  return { recoveryCodes: completeWebAuthnRegistration?.recoveryCodes ?? null };
}
