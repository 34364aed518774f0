import { useCallback, useEffect, useState } from 'react';
import { AuditLog } from './admin/audit-log';
import { CreatePolicy } from './admin/create-policy';
import { CredentialReport } from './admin/credential-report';
import { GroupPage } from './admin/group-page';
import { type ListName, ListPage, LISTS } from './admin/list-page';
import { AdminLinks, type Section, useAdminAccess } from './admin/nav';
import { PolicyPage } from './admin/policy-page';
import { RolePage } from './admin/role-page';
import { Simulator } from './admin/simulator';
import { UserPage } from './admin/user-page';
import { ApiError, gql, whenSignedOut } from './api/client';
import { LOGOUT, ME } from './api/operations';
import { ForcedPasswordChange } from './change-password';
import { PermissionsProvider } from './permissions';
import { navigate, usePath } from './router';
import { MySecurity } from './security/my-security';
import { SignIn, type SignInStart } from './sign-in';
import { ErrorMessage } from './ui';

export interface Me {
  arn: string;
  userName: string | null;
}

type State =
  | { kind: 'loading' }
  | { kind: 'signed-out'; start?: SignInStart }
  | { kind: 'reset-required'; userName: string }
  | { kind: 'signed-in'; me: Me };

/**
 * The console's top: who is signed in decides the page. A forced password reset shows only the
 * change-password form (its session may do nothing else); an ended session shows the sign-in.
 */
export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [error, setError] = useState<unknown>(null);
  const path = usePath();

  const loadMe = useCallback(async () => {
    try {
      const { me } = await gql(ME);
      if (!me) throw new ApiError('UNAUTHENTICATED', 'Not signed in.');
      setState({ kind: 'signed-in', me: { arn: me.arn, userName: 'userName' in me ? (me.userName ?? null) : null } });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'UNAUTHENTICATED') setState({ kind: 'signed-out' });
      else setError(e);
    }
  }, []);

  useEffect(() => {
    whenSignedOut(() => setState((s) => (s.kind === 'signed-in' ? { kind: 'signed-out' } : s)));
    void loadMe();
  }, [loadMe]);

  const signOut = async () => {
    try {
      await gql(LOGOUT);
    } catch {
      // Already ended: the sign-in page is the right place either way.
    }
    setState({ kind: 'signed-out' });
    navigate('/console');
  };

  let main;
  if (state.kind === 'loading') main = error ? <ErrorMessage error={error} /> : <p>Loading…</p>;
  else if (state.kind === 'signed-out') {
    main = <SignIn start={state.start} onSignedIn={() => void loadMe()} onResetRequired={(userName) => setState({ kind: 'reset-required', userName })} />;
  } else if (state.kind === 'reset-required') {
    main = <ForcedPasswordChange userName={state.userName} onSignedIn={() => void loadMe()} onDone={(start) => setState({ kind: 'signed-out', start })} />;
  } else {
    main = <SignedIn me={state.me} path={path} />;
  }

  return (
    <>
      <header className="top">
        <a className="brand" href="/console" onClick={(e) => { e.preventDefault(); navigate('/console'); }}>
          IAM console
        </a>
        {state.kind === 'signed-in' && (
          <div className="who">
            <span title={state.me.arn}>{state.me.userName ?? state.me.arn}</span>
            <button type="button" onClick={() => void signOut()}>
              Sign out
            </button>
          </div>
        )}
      </header>
      <main>{main}</main>
    </>
  );
}

/** The pages of a signed-in person: their own security, and the administration their policies allow. */
function SignedIn({ me, path }: { me: Me; path: string }) {
  const allowed = useAdminAccess(me.arn);
  const [first, second] = path.replace(/^\/console\/?/, '').split('/');
  const section = first as Section | '';
  let page;
  if (section === '' || section === ('security' as Section)) page = <MySecurity me={me} />;
  else if (!allowed) page = <p>Loading…</p>;
  else if (!allowed.has(section)) page = <ErrorMessage error={new Error('This page is not available: your policies do not allow it.')} />;
  else if (section === 'audit-log') page = <AuditLog />;
  else if (section === 'credential-report') page = <CredentialReport />;
  else if (section === 'simulator') page = <Simulator defaultPrincipal={me.arn} />;
  else if (section === 'users' && second) page = <UserPage key={second} userName={decodeURIComponent(second)} />;
  else if (section === 'groups' && second) page = <GroupPage key={second} groupName={decodeURIComponent(second)} />;
  else if (section === 'roles' && second) page = <RolePage key={second} roleName={decodeURIComponent(second)} />;
  else if (section === 'policies' && second === 'new') page = <CreatePolicy />;
  else if (section === 'policies' && second) page = <PolicyPage key={second} policyArn={decodeURIComponent(second)} />;
  else if (section in LISTS) page = <ListPage key={section} list={section as ListName} account={me.arn.split(':')[4] ?? ''} />;
  return (
    <PermissionsProvider key={path} selfArn={me.arn}>
      {allowed && <AdminLinks allowed={allowed} current={path.replace(/\/$/, '')} />}
      {page}
    </PermissionsProvider>
  );
}
