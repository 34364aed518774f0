import type { PrincipalType } from './policy-attachment.entity';

export type { PrincipalType };

/** A user, group or role by its row id (users.id / groups.id / roles.id). */
export interface PrincipalRef {
  type: PrincipalType;
  id: string;
}

/** The table that holds each principal type, and whether it carries a permissions boundary. */
export const PRINCIPAL_TABLES: Record<PrincipalType, { table: string; hasBoundary: boolean }> = {
  USER: { table: 'users', hasBoundary: true },
  GROUP: { table: 'groups', hasBoundary: false },
  ROLE: { table: 'roles', hasBoundary: true },
};

export function principalKey(ref: PrincipalRef): string {
  return `${ref.type}:${ref.id}`;
}
