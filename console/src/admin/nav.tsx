import { useEffect, useState } from 'react';
import { request } from '../api/client';
import { ADMIN_ACCESS, SIMULATOR_ACCESS } from '../api/operations';
import { CALLER_PERMISSIONS } from '../api/permission-operations';
import { navigate } from '../router';
import type { ListName } from './list-page';

export type Section = ListName | 'simulator' | 'audit-log' | 'credential-report';

const LINKS: ReadonlyArray<{ section: Section; label: string }> = [
  { section: 'users', label: 'Users' },
  { section: 'groups', label: 'Groups' },
  { section: 'roles', label: 'Roles' },
  { section: 'policies', label: 'Policies' },
  { section: 'simulator', label: 'Simulator' },
  { section: 'audit-log', label: 'Audit log' },
  { section: 'credential-report', label: 'Credential report' },
];

/**
 * Which administration pages the caller may use, as the API decides: each list is asked for one
 * item, the simulator for one decision about the caller, the credential report as the caller's own
 * decision (callerPermissions); what is refused gets no link.
 */
export function useAdminAccess(arn: string): ReadonlySet<Section> | null {
  const [allowed, setAllowed] = useState<ReadonlySet<Section> | null>(null);
  useEffect(() => {
    let live = true;
    const report = [{ action: 'iam:GetCredentialReport', resource: '*' }];
    void Promise.all([request(ADMIN_ACCESS), request(SIMULATOR_ACCESS, { a: arn }), request(CALLER_PERMISSIONS, { r: report })]).then(
      ([lists, simulator, own]) => {
        const set = new Set<Section>();
        for (const name of ['users', 'groups', 'roles', 'policies'] as const) {
          if (lists.data?.[name] && !lists.errorAt(name)) set.add(name);
        }
        if (lists.data?.auditEvents && !lists.errorAt('auditEvents')) set.add('audit-log');
        if (simulator.data?.simulatePrincipalPolicy && simulator.errors.length === 0) set.add('simulator');
        // The report is made on demand: asked as a decision (callerPermissions), not by making one.
        if (own.data?.callerPermissions[0]?.decision === 'ALLOWED') set.add('credential-report');
        if (live) setAllowed(set);
      },
      () => live && setAllowed(new Set()),
    );
    return () => {
      live = false;
    };
  }, [arn]);
  return allowed;
}

export function AdminLinks({ allowed, current }: { allowed: ReadonlySet<Section>; current: string }) {
  const links = LINKS.filter((l) => allowed.has(l.section));
  return (
    <nav className="links" aria-label="Console">
      <a href="/console" aria-current={current === '/console' ? 'page' : undefined} onClick={(e) => go(e, '/console')}>
        My security
      </a>
      {links.map((l) => {
        const href = `/console/${l.section}`;
        return (
          <a key={l.section} href={href} aria-current={current === href ? 'page' : undefined} onClick={(e) => go(e, href)}>
            {l.label}
          </a>
        );
      })}
    </nav>
  );
}

function go(e: React.MouseEvent, href: string) {
  if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
  e.preventDefault();
  navigate(href);
}
