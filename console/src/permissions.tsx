import { type ButtonHTMLAttributes, createContext, type ReactNode, useContext, useEffect, useId, useState } from 'react';
import { gql } from './api/client';
import { CALLER_PERMISSIONS } from './api/permission-operations';

/** What a control may do: still asking, allowed, refused (AWS's message, and whether MFA would help), or unknown (ask failed: try on click). */
export type Permission =
  | { state: 'loading' }
  | { state: 'allowed' }
  | { state: 'denied'; message: string; allowedWithMfa: boolean }
  | { state: 'unknown' };

/**
 * The caller's own decisions, asked for in one callerPermissions request per page: the controls
 * of one render ask within the same tick, and the batcher sends them together (at most 100).
 */
class Batcher {
  private readonly known = new Map<string, Promise<Permission>>();
  private queue: Array<{ action: string; resource: string; resolve: (p: Permission) => void }> = [];

  constructor(readonly selfArn: string) {}

  get(action: string, resource: string): Promise<Permission> {
    const key = `${action} ${resource}`;
    let p = this.known.get(key);
    if (!p) {
      p = new Promise((resolve) => {
        this.queue.push({ action, resource, resolve });
        if (this.queue.length === 1) setTimeout(() => this.flush(), 0);
      });
      this.known.set(key, p);
    }
    return p;
  }

  private flush() {
    const batch = this.queue.splice(0, 100);
    if (this.queue.length > 0) setTimeout(() => this.flush(), 0);
    gql(CALLER_PERMISSIONS, { r: batch.map(({ action, resource }) => ({ action, resource })) }).then(
      ({ callerPermissions }) =>
        batch.forEach((b, i) => {
          const d = callerPermissions[i];
          b.resolve(!d ? { state: 'unknown' } : d.decision === 'ALLOWED' ? { state: 'allowed' } : { state: 'denied', message: d.message ?? '', allowedWithMfa: d.allowedWithMfa });
        }),
      () => batch.forEach((b) => b.resolve({ state: 'unknown' })),
    );
  }
}

const Decisions = createContext<Batcher | null>(null);

/** For the pages of one signed-in person (`selfArn`): a fresh set of decisions per page. */
export function PermissionsProvider({ selfArn, children }: { selfArn: string; children: ReactNode }) {
  const [batcher] = useState(() => new Batcher(selfArn));
  return <Decisions.Provider value={batcher}>{children}</Decisions.Provider>;
}

/** The caller's decision for an action on a resource (`self`: the caller's own ARN; `mfa/NAME`: a device of this account). */
export function usePermission(action: string, resource: string | 'self'): Permission {
  const batcher = useContext(Decisions);
  const [p, setP] = useState<Permission>({ state: batcher ? 'loading' : 'unknown' });
  useEffect(() => {
    if (!batcher) return;
    let live = true;
    const arn = resource === 'self' ? batcher.selfArn : resource.startsWith('mfa/') ? `${accountPrefix(batcher.selfArn)}${resource}` : resource;
    setP({ state: 'loading' });
    void batcher.get(action, arn).then((d) => live && setP(d));
    return () => {
      live = false;
    };
  }, [batcher, action, resource]);
  return p;
}

/** `arn:aws:iam::ACCOUNT:` of an IAM ARN. */
const accountPrefix = (arn: string) => `${arn.split(':').slice(0, 5).join(':')}:`;

/** Why a control is off, in a person's words first; AWS's message when MFA would not help. */
export function reasonOf(p: Permission): string | null {
  if (p.state !== 'denied') return null;
  if (p.allowedWithMfa) return 'Needs a sign-in with MFA: your policies allow this only in a session signed in with an authenticator app or security key. Set one up, then sign out and sign in again with it.';
  return `Not allowed: ${p.message}`;
}

/**
 * A button that is disabled, with the reason next to it (and as its description), when the
 * caller's policies refuse its action; while the decision is asked for it waits, disabled.
 */
export function GuardedButton({ permission, children, disabled, ...rest }: { permission: Permission; children: ReactNode } & ButtonHTMLAttributes<HTMLButtonElement>) {
  const id = useId();
  const reason = reasonOf(permission);
  return (
    <>
      <button type="button" {...rest} disabled={disabled || permission.state === 'loading' || reason !== null} aria-describedby={reason ? id : undefined}>
        {children}
      </button>
      {reason && (
        <span id={id} className="reason">
          {reason}
        </span>
      )}
    </>
  );
}
