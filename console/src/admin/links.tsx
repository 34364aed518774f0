import type { MouseEvent, ReactNode } from 'react';
import { navigate } from '../router';

/** The console's page of a user, group, role or policy (a policy by its ARN). */
export const entityPath = (kind: 'users' | 'groups' | 'roles' | 'policies', name: string) => `/console/${kind}/${encodeURIComponent(name)}`;

/** A link inside the console: a plain click stays in the page, a modified one opens a tab. */
export function ConsoleLink({ href, children }: { href: string; children: ReactNode }) {
  const go = (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={go}>
      {children}
    </a>
  );
}
