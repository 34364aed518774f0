import { useCallback, useEffect, useState } from 'react';
import { type ApiError, request } from '../api/client';
import { MY_CREDENTIALS } from '../api/operations';
import type { Me } from '../app';
import { ChangePasswordForm } from '../change-password';
import { Notice } from '../ui';
import { type AccessKeyRow,AccessKeys } from './access-keys';
import { AuthenticatorApp, type DeviceRow } from './authenticator-app';
import { SecurityKeys } from './security-keys';
import { Sessions } from './sessions';

/**
 * My security: the signed-in user's own MFA devices, password, access keys and sessions. Each
 * part shows what the caller's policies let it read; a part the API refuses says why (AWS's
 * ACCESS_DENIED message) instead of failing after a click.
 */
export function MySecurity({ me }: { me: Me }) {
  const [devices, setDevices] = useState<{ rows: DeviceRow[] | null; error?: ApiError }>({ rows: null });
  const [keys, setKeys] = useState<{ rows: AccessKeyRow[] | null; error?: ApiError }>({ rows: null });
  const [changed, setChanged] = useState(false);

  const reload = useCallback(async () => {
    try {
      const r = await request(MY_CREDENTIALS);
      const user = r.data?.me && 'mfaDevices' in r.data.me ? r.data.me : null;
      setDevices({ rows: user?.mfaDevices ?? null, error: r.errorAt('me.mfaDevices') });
      setKeys({ rows: user?.accessKeys ?? null, error: r.errorAt('me.accessKeys') });
    } catch (e) {
      setDevices({ rows: null, error: e as ApiError });
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  if (!me.userName) {
    return <Notice>You are signed in as {me.arn}. Role sessions have no password, MFA devices or access keys of their own.</Notice>;
  }

  return (
    <div className="page">
      <h1>My security</h1>
      <section className="card" aria-labelledby="mfa-title">
        <h2 id="mfa-title">Authenticator apps</h2>
        <AuthenticatorApp userName={me.userName} devices={devices.rows} listError={devices.error} onChanged={reload} />
      </section>
      <section className="card" aria-labelledby="security-keys-title">
        <h2 id="security-keys-title">Security keys and passkeys</h2>
        <SecurityKeys userName={me.userName} devices={devices.rows} listError={devices.error} onChanged={reload} />
      </section>
      <section className="card" aria-labelledby="password-title">
        <h2 id="password-title">Password</h2>
        {changed && <Notice>Your password was changed. Your other sessions were signed out.</Notice>}
        <ChangePasswordForm readRules onChanged={() => setChanged(true)} />
      </section>
      <section className="card" aria-labelledby="keys-title">
        <h2 id="keys-title">Access keys</h2>
        <AccessKeys rows={keys.rows} listError={keys.error} onChanged={reload} />
      </section>
      <section className="card" aria-labelledby="sessions-title">
        <h2 id="sessions-title">Sessions</h2>
        <Sessions />
      </section>
    </div>
  );
}
