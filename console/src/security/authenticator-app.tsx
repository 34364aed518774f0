import { type FormEvent, useState } from 'react';
import { type ApiError, gql } from '../api/client';
import { CREATE_VIRTUAL_MFA_DEVICE, DELETE_VIRTUAL_MFA_DEVICE, ENABLE_MFA_DEVICE, GENERATE_RECOVERY_CODES } from '../api/operations';
import { GuardedButton, usePermission } from '../permissions';
import { ErrorMessage, Field, formatDate, Notice } from '../ui';
import { RecoveryCodes } from './recovery-codes';

export interface DeviceRow {
  serialNumber: string;
  /** TOTP (an authenticator app) or WEBAUTHN (a security key or passkey). */
  type: string;
  passkeySignIn: boolean;
  enableDate: string;
}

interface Pending {
  serialNumber: string;
  base32StringSeed: string;
  qrCodeSvg: string;
}

/** A device name AWS's self-service example policy allows (`mfa/${aws:username}`) for the first device. */
function deviceName(userName: string, existing: number): string {
  return existing === 0 ? userName : `${userName}-${existing + 1}`;
}

/**
 * Setting up an authenticator app: the API makes a device and its seed (shown once, as a QR code
 * and as text); two consecutive codes from the app enable it; the first device brings recovery
 * codes, shown once.
 */
export function AuthenticatorApp(props: { userName: string; devices: DeviceRow[] | null; listError?: ApiError; onChanged: () => Promise<void> }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [codes, setCodes] = useState<readonly string[] | null>(null);
  const [enabled, setEnabled] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // Asked before any click (callerPermissions): a control the caller's policies refuse is disabled with the reason.
  const mayCreate = usePermission('iam:CreateVirtualMFADevice', `mfa/${deviceName(props.userName, props.devices?.length ?? 0)}`);
  const mayRegenerate = usePermission('iam:GenerateRecoveryCodes', 'self');

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const start = () =>
    run(async () => {
      const { createVirtualMfaDevice } = await gql(CREATE_VIRTUAL_MFA_DEVICE, { n: deviceName(props.userName, props.devices?.length ?? 0) });
      setPending(createVirtualMfaDevice?.virtualMfaDevice ?? null);
      setEnabled(false);
      setFirst('');
      setSecond('');
    });

  const enable = (e: FormEvent) => {
    e.preventDefault();
    if (!pending) return;
    void run(async () => {
      const { enableMfaDevice } = await gql(ENABLE_MFA_DEVICE, { s: pending.serialNumber, a: first.trim(), b: second.trim() });
      setPending(null);
      setEnabled(true);
      setCodes(enableMfaDevice?.recoveryCodes ?? null);
      await props.onChanged();
    });
  };

  // A device made but never enabled is deleted, so that the next set-up can take its name again
  // (when the caller may not delete it, it stays unassigned, as in AWS).
  const cancel = () =>
    run(async () => {
      if (pending) await gql(DELETE_VIRTUAL_MFA_DEVICE, { s: pending.serialNumber }).catch(() => undefined);
      setPending(null);
    });

  const regenerate = () =>
    run(async () => {
      const { generateRecoveryCodes } = await gql(GENERATE_RECOVERY_CODES);
      setCodes(generateRecoveryCodes?.recoveryCodes ?? null);
    });

  return (
    <>
      {props.devices && props.devices.length > 0 && (
        <ul aria-label="MFA devices" className="plain">
          {props.devices.map((d) => (
            <li key={d.serialNumber}>
              <code>{d.serialNumber}</code> — {d.type === 'WEBAUTHN' ? 'security key' : 'authenticator app'} — enabled {formatDate(d.enableDate)}
            </li>
          ))}
        </ul>
      )}
      {props.devices && props.devices.length === 0 && <p>No authenticator app yet: signing in asks for your password only.</p>}
      {props.listError && <p className="muted">Your devices cannot be listed: {props.listError.message}</p>}
      {enabled && <Notice>Your authenticator app is enabled. Signing in now asks for a code from it.</Notice>}
      {codes && <RecoveryCodes codes={codes} userName={props.userName} onDone={() => setCodes(null)} />}
      {pending ? (
        <form onSubmit={enable} className="setup">
          <p>Scan the QR code with your authenticator app, or type the secret key into it. Then enter two consecutive codes it shows.</p>
          <img alt="QR code" width={200} height={200} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(pending.qrCodeSvg)}`} />
          <div className="field">
            <label htmlFor="secret-key">Secret key</label>
            <input id="secret-key" readOnly value={pending.base32StringSeed} className="mono" onFocus={(e) => e.target.select()} />
          </div>
          <Field label="First code" value={first} onChange={setFirst} inputMode="numeric" autoComplete="off" />
          <Field label="Second code" value={second} onChange={setSecond} inputMode="numeric" autoComplete="off" />
          <ErrorMessage error={error} />
          <div className="actions">
            <button type="submit" disabled={busy}>
              Enable
            </button>
            <button type="button" className="secondary" onClick={() => void cancel()} disabled={busy}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <ErrorMessage error={error} />
          <div className="actions">
            <GuardedButton permission={mayCreate} onClick={() => void start()} disabled={busy}>
              Set up authenticator app
            </GuardedButton>
            {props.devices && props.devices.length > 0 && !codes && (
              <GuardedButton permission={mayRegenerate} className="secondary" onClick={() => void regenerate()} disabled={busy}>
                Generate new recovery codes
              </GuardedButton>
            )}
          </div>
        </>
      )}
    </>
  );
}
