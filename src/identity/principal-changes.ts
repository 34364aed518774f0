import type { EntityManager } from 'typeorm';

/**
 * Told, inside the transaction, when a change to users or groups alters which policies apply to
 * a principal (a membership, a group's name in effective permissions, a user gone). The policy
 * store listens and drops its cached sets; identity knows nothing of policies.
 */
export interface PrincipalChanges {
  principalChanged(em: EntityManager, ref: { type: 'USER' | 'GROUP'; id: string }): Promise<void>;
}

/** For scripts and tests that keep no policy cache. */
export const IGNORE_PRINCIPAL_CHANGES: PrincipalChanges = { principalChanged: async () => undefined };
