import type { EntityManager } from 'typeorm';
import { Errors } from '../kernel/errors';
import { assertIntRange } from '../kernel/validation';
import { PasswordPolicyEntity } from './password-policy.entity';
import { NIST_DEFAULT_RULES, type PasswordRules } from './password-rules';

export interface PasswordPolicyView extends PasswordRules {
  allowUsersToChangePassword: boolean;
  expirePasswords: boolean;
  maxPasswordAge: number | null;
  passwordReusePrevention: number | null;
  hardExpiry: boolean;
}

export interface PasswordPolicyUpdate {
  minimumPasswordLength?: number | null;
  requireSymbols?: boolean | null;
  requireNumbers?: boolean | null;
  requireUppercaseCharacters?: boolean | null;
  requireLowercaseCharacters?: boolean | null;
  allowUsersToChangePassword?: boolean | null;
  maxPasswordAge?: number | null;
  passwordReusePrevention?: number | null;
  hardExpiry?: boolean | null;
}

/** Until an administrator sets one: NIST defaults, and users may change their own password. */
const DEFAULTS: Omit<PasswordPolicyEntity, 'id'> = {
  minimumPasswordLength: NIST_DEFAULT_RULES.minimumPasswordLength,
  requireSymbols: false,
  requireNumbers: false,
  requireUppercaseCharacters: false,
  requireLowercaseCharacters: false,
  allowUsersToChangePassword: true,
  maxPasswordAge: null,
  passwordReusePrevention: null,
  hardExpiry: false,
};

/**
 * The account password policy (AWS GetAccountPasswordPolicy / UpdateAccountPasswordPolicy).
 * As in AWS, an update replaces the policy: fields left out take their defaults.
 * Lengths: 8 (NIST's floor) to 128; maxPasswordAge 1–1095 days; passwordReusePrevention 1–24.
 */
export class PasswordPolicyService {
  async get(em: EntityManager): Promise<PasswordPolicyView> {
    const row = await em.findOne(PasswordPolicyEntity, { where: { id: 1 } });
    return this.view(row ?? { id: 1, ...DEFAULTS });
  }

  async update(em: EntityManager, input: PasswordPolicyUpdate): Promise<PasswordPolicyView> {
    const next: PasswordPolicyEntity = {
      id: 1,
      minimumPasswordLength: input.minimumPasswordLength ?? DEFAULTS.minimumPasswordLength,
      requireSymbols: input.requireSymbols ?? false,
      requireNumbers: input.requireNumbers ?? false,
      requireUppercaseCharacters: input.requireUppercaseCharacters ?? false,
      requireLowercaseCharacters: input.requireLowercaseCharacters ?? false,
      allowUsersToChangePassword: input.allowUsersToChangePassword ?? DEFAULTS.allowUsersToChangePassword,
      maxPasswordAge: input.maxPasswordAge ?? null,
      passwordReusePrevention: input.passwordReusePrevention ?? null,
      hardExpiry: input.hardExpiry ?? false,
    };
    assertIntRange('minimumPasswordLength', next.minimumPasswordLength, 8, NIST_DEFAULT_RULES.maximumPasswordLength);
    if (next.maxPasswordAge !== null) assertIntRange('maxPasswordAge', next.maxPasswordAge, 1, 1095);
    if (next.passwordReusePrevention !== null) assertIntRange('passwordReusePrevention', next.passwordReusePrevention, 1, 24);
    if (next.hardExpiry && next.maxPasswordAge === null) {
      throw Errors.badInput('hardExpiry', 'Invalid hardExpiry: only meaningful together with maxPasswordAge');
    }
    await em.upsert(PasswordPolicyEntity, next, ['id']);
    return this.view(next);
  }

  /** When the password of a profile changed at `lastChanged` expires; null when passwords do not expire. */
  expiresAt(policy: Pick<PasswordPolicyView, 'maxPasswordAge'>, lastChanged: Date): Date | null {
    return policy.maxPasswordAge === null ? null : new Date(lastChanged.getTime() + policy.maxPasswordAge * 86_400_000);
  }

  private view(row: PasswordPolicyEntity): PasswordPolicyView {
    return {
      minimumPasswordLength: row.minimumPasswordLength,
      maximumPasswordLength: NIST_DEFAULT_RULES.maximumPasswordLength,
      requireSymbols: row.requireSymbols,
      requireNumbers: row.requireNumbers,
      requireUppercaseCharacters: row.requireUppercaseCharacters,
      requireLowercaseCharacters: row.requireLowercaseCharacters,
      allowUsersToChangePassword: row.allowUsersToChangePassword,
      expirePasswords: row.maxPasswordAge !== null,
      maxPasswordAge: row.maxPasswordAge,
      passwordReusePrevention: row.passwordReusePrevention,
      hardExpiry: row.hardExpiry,
    };
  }
}
