import type { EntityManager } from 'typeorm';
import type { Config } from '../config/config';
import type { PasswordPolicyService } from '../credentials/password-policy.service';
import { arn } from '../kernel/arn';

export interface CredentialReportRow {
  user: string;
  arn: string;
  userCreationTime: Date;
  passwordEnabled: boolean;
  passwordLastUsed: Date | null;
  passwordLastChanged: Date | null;
  passwordNextRotation: Date | null;
  mfaActive: boolean;
  accessKey1Active: boolean;
  accessKey1LastRotated: Date | null;
  accessKey1LastUsedDate: Date | null;
  accessKey2Active: boolean;
  accessKey2LastRotated: Date | null;
  accessKey2LastUsedDate: Date | null;
}

interface UserRow {
  id: string;
  user_name: string;
  path: string;
  create_date: Date;
  password_last_used: Date | null;
  password_enabled: boolean;
  password_last_changed: Date | null;
  mfa_active: boolean;
}

interface KeyRow {
  user_id: string;
  status: string;
  create_date: Date;
  last_used_date: Date | null;
}

/**
 * AWS's credential report (GetCredentialReport), made on demand: one row per user with the state
 * of its password, MFA and access keys. Two statements whatever the number of users.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html
 */
export class CredentialReportService {
  constructor(
    private readonly config: Config,
    private readonly passwordPolicies: PasswordPolicyService,
  ) {}

  async generate(em: EntityManager): Promise<CredentialReportRow[]> {
    const users: UserRow[] = await em.query(`
      SELECT u.id, u.user_name, u.path, u.create_date, u.password_last_used,
             lp.user_id IS NOT NULL AS password_enabled, lp.password_last_changed,
             EXISTS (SELECT 1 FROM mfa_devices d WHERE d.user_id = u.id AND d.enable_date IS NOT NULL) AS mfa_active
        FROM users u LEFT JOIN login_profiles lp ON lp.user_id = u.id
       ORDER BY u.user_name_lower`);
    const keys: KeyRow[] = await em.query('SELECT user_id, status, create_date, last_used_date FROM access_keys ORDER BY user_id, create_date');
    const policy = await this.passwordPolicies.get(em);
    const keysByUser = new Map<string, KeyRow[]>();
    for (const k of keys) keysByUser.set(k.user_id, [...(keysByUser.get(k.user_id) ?? []), k]);
    return users.map((u) => {
      const [k1, k2] = keysByUser.get(u.id) ?? [];
      const lastChanged = u.password_enabled ? u.password_last_changed : null;
      return {
        user: u.user_name,
        arn: arn.user(this.config.accountId, u.path, u.user_name),
        userCreationTime: u.create_date,
        passwordEnabled: u.password_enabled,
        passwordLastUsed: u.password_last_used,
        passwordLastChanged: lastChanged,
        passwordNextRotation: lastChanged && policy.maxPasswordAge ? new Date(new Date(lastChanged).getTime() + policy.maxPasswordAge * 86_400_000) : null,
        mfaActive: u.mfa_active,
        accessKey1Active: k1?.status === 'Active',
        accessKey1LastRotated: k1?.create_date ?? null,
        accessKey1LastUsedDate: k1?.last_used_date ?? null,
        accessKey2Active: k2?.status === 'Active',
        accessKey2LastRotated: k2?.create_date ?? null,
        accessKey2LastUsedDate: k2?.last_used_date ?? null,
      };
    });
  }
}
