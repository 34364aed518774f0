import { type FormEvent, useEffect, useId, useState } from 'react';
import { ApiError, gql, request } from './api/client';
import { passwordRuleLines, type PasswordRules } from './api/errors';
import { CHANGE_PASSWORD, LOGIN, PASSWORD_POLICY } from './api/operations';
import { reasonOf, usePermission } from './permissions';
import type { SignInStart } from './sign-in';
import { ErrorMessage, Field, Notice } from './ui';

/**
 * The change-password form: the account password policy's rules shown before typing (when the
 * caller may read them: iam:GetAccountPasswordPolicy), the API's reasons shown on refusal, and
 * the input kept.
 */
export function ChangePasswordForm(props: { onChanged: (newPassword: string) => Promise<void> | void; readRules: boolean }) {
  const [oldPassword, setOld] = useState('');
  const [newPassword, setNew] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [rules, setRules] = useState<PasswordRules | null>(null);
  const rulesId = useId();
  const reasonId = useId();
  // Outside the signed-in pages (a forced reset) nothing is asked: the form is all the session may use.
  const permission = usePermission('iam:ChangePassword', 'self');
  const refused = reasonOf(permission);

  useEffect(() => {
    if (!props.readRules) return;
    request(PASSWORD_POLICY).then(
      (r) => setRules(r.data?.accountPasswordPolicy ?? null),
      () => setRules(null),
    );
  }, [props.readRules]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await gql(CHANGE_PASSWORD, { old: oldPassword, new: newPassword });
      setOld('');
      setNew('');
      await props.onChanged(newPassword);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit}>
      {refused && (
        <p id={reasonId} className="reason">
          {refused}
        </p>
      )}
      <fieldset className="bare" disabled={refused !== null || permission.state === 'loading'} aria-describedby={refused ? reasonId : undefined}>
      <Field label="Current password" type="password" value={oldPassword} onChange={setOld} autoComplete="current-password" />
      <Field label="New password" type="password" value={newPassword} onChange={setNew} autoComplete="new-password" describedBy={rules ? rulesId : undefined} />
      {rules && (
        <div id={rulesId} className="rules">
          <p>The new password must have:</p>
          <ul aria-label="Password rules">
            {passwordRuleLines(rules).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <ErrorMessage error={error} />
      {error instanceof ApiError && error.code === 'PASSWORD_POLICY_VIOLATION' && error.reasons && error.reasons.length > 1 && (
        <ul aria-label="Reasons" className="error-list">
          {error.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          Change password
        </button>
      </div>
      </fieldset>
    </form>
  );
}

/**
 * An administrator required a new password: the session may only call changePassword, so this
 * form is all there is. Once changed, the console signs in again with the new password (the API
 * returns the fresh session as a token, which a page cannot turn into its HttpOnly cookie).
 */
export function ForcedPasswordChange(props: { userName: string; onSignedIn: () => void; onDone: (start: SignInStart) => void }) {
  const [error, setError] = useState<unknown>(null);
  const signInAgain = async (newPassword: string) => {
    const notice = 'Your password was changed.';
    try {
      const { login } = await gql(LOGIN, { u: props.userName, p: newPassword });
      if (login?.status === 'SUCCESS') return props.onSignedIn();
      props.onDone({ userName: props.userName, challengeToken: login?.mfaChallenge?.token, webAuthnOptionsJson: login?.mfaChallenge?.webAuthnOptionsJson, notice: `${notice} Enter your authentication code.` });
    } catch (e) {
      setError(e);
      props.onDone({ userName: props.userName, notice: `${notice} Sign in with your new password.` });
    }
  };
  return (
    <section className="card narrow" aria-labelledby="reset-title">
      <h1 id="reset-title">Choose a new password</h1>
      <Notice>Your administrator requires you to choose a new password before you continue.</Notice>
      <ChangePasswordForm onChanged={signInAgain} readRules={false} />
      <ErrorMessage error={error} />
    </section>
  );
}
