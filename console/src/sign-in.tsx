import { type FormEvent, useState } from 'react';
import { ApiError, gql } from './api/client';
import { LOGIN, RESPOND } from './api/operations';
import { answerWithSecurityKey, signInWithPasskey } from './passkey';
import { ErrorMessage, Field, Notice } from './ui';

/** Where a sign-in starts: empty, or after a forced password change (name filled in, maybe at the code step). */
export interface SignInStart {
  userName: string;
  challengeToken?: string;
  /** With a challenge: the WebAuthn options that came with it, when the user has a security key. */
  webAuthnOptionsJson?: string | null;
  notice?: string;
}

/**
 * Sign-in with a password, then an authentication code (TOTP or recovery code) when the user has
 * MFA (API.md, "Authentication"). The session comes back as an HttpOnly cookie. A refused attempt
 * keeps what was typed; TOO_MANY_ATTEMPTS says when to try again.
 */
export function SignIn(props: { start?: SignInStart; onSignedIn: () => void; onResetRequired: (userName: string) => void }) {
  const [userName, setUserName] = useState(props.start?.userName ?? '');
  const [password, setPassword] = useState('');
  const [challenge, setChallenge] = useState<string | null>(props.start?.challengeToken ?? null);
  const [keyOptions, setKeyOptions] = useState<string | null>(props.start?.webAuthnOptionsJson ?? null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const after = (status: string | null | undefined, token?: string | null, webAuthnOptionsJson?: string | null) => {
    if (status === 'SUCCESS') props.onSignedIn();
    else if (status === 'PASSWORD_RESET_REQUIRED') props.onResetRequired(userName);
    else if (status === 'MFA_REQUIRED' && token) {
      setChallenge(token);
      setKeyOptions(webAuthnOptionsJson ?? null);
    }
  };

  /** A sign-in step that asks an authenticator (passkey or security key): refusals and a cancelled prompt show as errors. */
  const withAuthenticator = async (work: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    try {
      after(await work());
    } catch (err) {
      setError(err);
      if (challenge && err instanceof ApiError && err.code === 'INVALID_CREDENTIALS') setChallenge(null);
    } finally {
      setBusy(false);
    }
  };

  const submitPassword = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { login } = await gql(LOGIN, { u: userName, p: password });
      if (login) after(login.status, login.mfaChallenge?.token, login.mfaChallenge?.webAuthnOptionsJson);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const submitCode = async (e: FormEvent) => {
    e.preventDefault();
    if (!challenge) return;
    setBusy(true);
    setError(null);
    try {
      const { respondToMfaChallenge } = await gql(RESPOND, { t: challenge, c: code.trim() });
      if (respondToMfaChallenge) after(respondToMfaChallenge.status);
    } catch (err) {
      setError(err);
      // The challenge expired or was used up: start again from the password (the name stays).
      if (err instanceof ApiError && err.code === 'INVALID_CREDENTIALS') setChallenge(null);
    } finally {
      setBusy(false);
    }
  };

  if (challenge) {
    return (
      <section className="card narrow" aria-labelledby="mfa-title">
        <h1 id="mfa-title">Two-step verification</h1>
        {props.start?.notice && <Notice>{props.start.notice}</Notice>}
        <p>Enter the 6-digit code from your authenticator app, or one of your recovery codes{keyOptions ? ', or use your security key' : ''}.</p>
        <form onSubmit={submitCode}>
          <Field label="Authentication code" value={code} onChange={setCode} autoComplete="one-time-code" autoFocus />
          <ErrorMessage error={error} />
          <div className="actions">
            <button type="submit" disabled={busy}>
              Verify
            </button>
            {keyOptions && (
              <button type="button" disabled={busy} onClick={() => void withAuthenticator(() => answerWithSecurityKey(challenge, keyOptions))}>
                Use security key
              </button>
            )}
            <button type="button" className="secondary" onClick={() => { setChallenge(null); setCode(''); setError(null); }}>
              Back
            </button>
          </div>
        </form>
      </section>
    );
  }

  return (
    <section className="card narrow" aria-labelledby="signin-title">
      <h1 id="signin-title">Sign in</h1>
      {props.start?.notice && <Notice>{props.start.notice}</Notice>}
      <form onSubmit={submitPassword}>
        <Field label="User name" value={userName} onChange={setUserName} autoComplete="username" autoFocus={!props.start} />
        <Field label="Password" type="password" value={password} onChange={setPassword} autoComplete="current-password" autoFocus={!!props.start} />
        <ErrorMessage error={error} />
        <div className="actions">
          <button type="submit" disabled={busy}>
            Sign in
          </button>
          <button type="button" className="secondary" disabled={busy} onClick={() => void withAuthenticator(signInWithPasskey)}>
            Sign in with a passkey
          </button>
        </div>
      </form>
    </section>
  );
}
