import { type FormEvent, useState } from 'react';
import { type ApiError, gql } from '../api/client';
import { graphql } from '../generated';
import { registerSecurityKey } from '../passkey';
import { ErrorMessage, Field, formatDate, Notice } from '../ui';
import type { DeviceRow } from './authenticator-app';
import { RecoveryCodes } from './recovery-codes';

const DEACTIVATE_MFA_DEVICE = graphql(`
  mutation ConsoleDeactivateMfaDevice($s: String!) {
    deactivateMfaDevice(input: { serialNumber: $s }) {
      serialNumber
    }
  }
`);

/** A security key's name: the last part of its serial (arn:aws:iam::ACCOUNT:u2f/user/USERNAME/DEVICENAME). */
const keyName = (serialNumber: string) => serialNumber.slice(serialNumber.lastIndexOf('/') + 1);

/**
 * Security keys and passkeys (WebAuthn): the signed-in user's keys, each with a Remove button, and
 * `Add security key` with a `Key name`. A key may also sign in alone (a passkey), if the person
 * ticks it: then the authenticator must keep the credential and verify the person (PIN,
 * fingerprint); otherwise it is a second factor after the password only.
 */
export function SecurityKeys(props: { userName: string; devices: DeviceRow[] | null; listError?: ApiError; onChanged: () => Promise<void> }) {
  const [name, setName] = useState('');
  const [passkey, setPasskey] = useState(true);
  const [codes, setCodes] = useState<readonly string[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const keys = (props.devices ?? []).filter((d) => d.type === 'WEBAUTHN');

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const add = (e: FormEvent) => {
    e.preventDefault();
    const deviceName = name.trim();
    void run(async () => {
      const { recoveryCodes } = await registerSecurityKey(deviceName, passkey);
      setCodes(recoveryCodes);
      setName('');
      setNotice(`Security key ${deviceName} added.${passkey ? ' You can sign in with it alone, as a passkey.' : ''}`);
      await props.onChanged();
    });
  };

  const remove = (serialNumber: string) =>
    run(async () => {
      await gql(DEACTIVATE_MFA_DEVICE, { s: serialNumber });
      setNotice(`Security key ${keyName(serialNumber)} removed. The sessions signed in with it were ended.`);
      await props.onChanged();
    });

  return (
    <>
      {keys.length > 0 && (
        <ul aria-label="Security keys" className="plain">
          {keys.map((d) => (
            <li key={d.serialNumber}>
              <strong>{keyName(d.serialNumber)}</strong> — {d.passkeySignIn ? 'passkey: signs in alone' : 'second factor only'} — added{' '}
              {formatDate(d.enableDate)}{' '}
              <button type="button" className="secondary" aria-label={`Remove ${keyName(d.serialNumber)}`} onClick={() => void remove(d.serialNumber)} disabled={busy}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.devices && keys.length === 0 && <p>No security key yet.</p>}
      {props.listError && <p className="muted">Your keys cannot be listed: {props.listError.message}</p>}
      {notice && <Notice>{notice}</Notice>}
      {codes && <RecoveryCodes codes={codes} userName={props.userName} onDone={() => setCodes(null)} />}
      <form onSubmit={add} className="setup">
        <Field label="Key name" value={name} onChange={setName} autoComplete="off" />
        <div className="field">
          <label>
            <input type="checkbox" checked={passkey} onChange={(e) => setPasskey(e.target.checked)} /> Also sign in with this key alone (passkey)
          </label>
        </div>
        <ErrorMessage error={error} />
        <div className="actions">
          <button type="submit" disabled={busy}>
            Add security key
          </button>
        </div>
      </form>
    </>
  );
}
