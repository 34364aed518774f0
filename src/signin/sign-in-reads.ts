import type { EntityManager } from 'typeorm';
import { LoginProfileEntity } from '../credentials/login-profile.entity';
import { type TagRecord, UserEntity } from '../identity/user.entity';
import { sha256Hex } from '../kernel/ids';
import { MfaDeviceEntity, type MfaMethod } from '../mfa/mfa-device.entity';
import type { SeedCiphertext } from '../mfa/seed-cipher';

/** What a sign-in needs of the account password policy (AWS MaxPasswordAge, HardExpiry). */
export interface PasswordExpiryRules {
  maxPasswordAge: number | null;
  hardExpiry: boolean;
}

/** Who is signing in: the user, their login profile and the expiry rules, read in one statement. */
export interface SignInSubject {
  user: UserEntity;
  profile: LoginProfileEntity;
  expiry: PasswordExpiryRules;
}

/** The password step's read: the subject (null parts for an unknown name) and whether the user has MFA. */
export interface PasswordRead {
  user: UserEntity | null;
  profile: LoginProfileEntity | null;
  expiry: PasswordExpiryRules;
  /** The second factors the user has (none: the password signs in alone). */
  methods: MfaMethod[];
}

/** The MFA step's read: the live challenge, its subject, and the user's enabled devices. */
export interface ChallengeRead extends SignInSubject {
  challengeId: string;
  devices: MfaDeviceEntity[];
  /** SHA-256 of the WebAuthn challenge sent with this sign-in, or null. */
  webauthnChallengeHash: string | null;
}

/*
 * Each sign-in step reads what it needs in one statement, across the tables of the domains a
 * sign-in spans (identity's users, credentials' login profiles and password policy, mfa's
 * devices and challenges). Only reads: every write stays with the domain that owns the table,
 * or in sign-in-writes.ts where one guarded statement must span two of them.
 */

const SUBJECT_COLUMNS = `u.id AS u_id, u.user_id AS u_user_id, u.user_name AS u_user_name, u.user_name_lower AS u_user_name_lower,
  u.path AS u_path, u.tags AS u_tags, u.permissions_boundary_arn AS u_boundary, u.create_date AS u_create_date,
  u.password_last_used AS u_password_last_used,
  p.user_id AS p_user_id, p.password_hash AS p_password_hash, p.password_reset_required AS p_reset_required,
  p.create_date AS p_create_date, p.password_last_changed AS p_last_changed,
  pp.max_password_age AS max_password_age, COALESCE(pp.hard_expiry, false) AS hard_expiry`;

interface SubjectRow {
  u_id: string | null;
  u_user_id: string;
  u_user_name: string;
  u_user_name_lower: string;
  u_path: string;
  u_tags: TagRecord[];
  u_boundary: string | null;
  u_create_date: Date | string;
  u_password_last_used: Date | string | null;
  p_user_id: string | null;
  p_password_hash: string;
  p_reset_required: boolean;
  p_create_date: Date | string;
  p_last_changed: Date | string;
  max_password_age: number | null;
  hard_expiry: boolean;
}

const date = (v: Date | string) => (v instanceof Date ? v : new Date(v));

function userOf(r: SubjectRow): UserEntity | null {
  if (!r.u_id) return null;
  return Object.assign(new UserEntity(), {
    id: r.u_id,
    userId: r.u_user_id,
    userName: r.u_user_name,
    userNameLower: r.u_user_name_lower,
    path: r.u_path,
    tags: r.u_tags,
    permissionsBoundaryArn: r.u_boundary,
    createDate: date(r.u_create_date),
    passwordLastUsed: r.u_password_last_used === null ? null : date(r.u_password_last_used),
  });
}

function profileOf(r: SubjectRow): LoginProfileEntity | null {
  if (!r.p_user_id) return null;
  return Object.assign(new LoginProfileEntity(), {
    userId: r.p_user_id,
    passwordHash: r.p_password_hash,
    passwordResetRequired: r.p_reset_required,
    createDate: date(r.p_create_date),
    passwordLastChanged: date(r.p_last_changed),
  });
}

const expiryOf = (r: SubjectRow): PasswordExpiryRules => ({ maxPasswordAge: r.max_password_age, hardExpiry: r.hard_expiry });

/**
 * The user of a name, their profile, MFA and the expiry rules. An unknown name runs the same
 * statement and gets one row of nulls, so both paths send the same statements (no enumeration).
 */
export async function readForPassword(em: EntityManager, userName: string): Promise<PasswordRead> {
  const rows: Array<SubjectRow & { has_totp: boolean; has_webauthn: boolean; has_recovery: boolean }> = await em.query(
    `SELECT ${SUBJECT_COLUMNS},
            EXISTS (SELECT 1 FROM mfa_devices d WHERE d.user_id = u.id AND d.type = 'TOTP') AS has_totp,
            EXISTS (SELECT 1 FROM mfa_devices d WHERE d.user_id = u.id AND d.type = 'WEBAUTHN') AS has_webauthn,
            EXISTS (SELECT 1 FROM mfa_recovery_codes r WHERE r.user_id = u.id AND r.used_at IS NULL) AS has_recovery
       FROM (SELECT 1) AS one
       LEFT JOIN users u ON u.user_name_lower = $1
       LEFT JOIN login_profiles p ON p.user_id = u.id
       LEFT JOIN account_password_policy pp ON pp.id = 1`,
    [userName.toLowerCase()],
  );
  const r = rows[0]!;
  const methods: MfaMethod[] = [];
  if (r.has_totp) methods.push('TOTP');
  if (r.has_webauthn) methods.push('WEBAUTHN');
  // Recovery codes answer only alongside a device (they are void without one).
  if (r.has_recovery && methods.length > 0) methods.push('RECOVERY_CODE');
  return { user: userOf(r), profile: profileOf(r), expiry: expiryOf(r), methods };
}

interface DeviceJson {
  id: string;
  serialNumber: string;
  type: 'TOTP' | 'WEBAUTHN';
  seed: string | null;
  driftSteps: number;
  credentialId: string | null;
  publicKey: string | null;
  signCount: string | number | null;
  transports: string[] | null;
}

/** The live (unused, unexpired) challenge of a token with its subject and devices, or null. */
export async function readForChallenge(em: EntityManager, token: string): Promise<ChallengeRead | null> {
  const rows: Array<SubjectRow & { challenge_id: string; webauthn_challenge_hash: string | null; devices: DeviceJson[] | string }> = await em.query(
    `SELECT c.id AS challenge_id, c.webauthn_challenge_hash, ${SUBJECT_COLUMNS},
            COALESCE((SELECT json_agg(json_build_object('id', d.id, 'serialNumber', d.serial_number, 'type', d.type, 'seed', d.seed_ciphertext,
                                                        'driftSteps', d.drift_steps, 'credentialId', d.credential_id,
                                                        'publicKey', encode(d.public_key, 'base64'), 'signCount', d.sign_count,
                                                        'transports', d.transports) ORDER BY d.enable_date)
                        FROM mfa_devices d WHERE d.user_id = u.id), '[]'::json) AS devices
       FROM mfa_challenges c
       JOIN users u ON u.id = c.user_id
       LEFT JOIN login_profiles p ON p.user_id = u.id
       LEFT JOIN account_password_policy pp ON pp.id = 1
      WHERE c.token_hash = $1 AND c.used_at IS NULL AND c.expires_at > now()`,
    [sha256Hex(token)],
  );
  const r = rows[0];
  if (!r) return null;
  const user = userOf(r)!;
  const profile = profileOf(r);
  if (!profile) return null;
  const devices = (typeof r.devices === 'string' ? (JSON.parse(r.devices) as DeviceJson[]) : r.devices).map((d) =>
    Object.assign(new MfaDeviceEntity(), {
      id: d.id,
      serialNumber: d.serialNumber,
      type: d.type,
      seedCiphertext: d.seed as SeedCiphertext | null,
      driftSteps: d.driftSteps,
      credentialId: d.credentialId,
      publicKey: d.publicKey === null ? null : Buffer.from(d.publicKey, 'base64'),
      signCount: d.signCount === null ? null : String(d.signCount),
      transports: d.transports,
      userId: user.id,
    }),
  );
  return { challengeId: r.challenge_id, user, profile, expiry: expiryOf(r), devices, webauthnChallengeHash: r.webauthn_challenge_hash };
}

/** The passkey step's read: the live attempt (or null) and the credential it names, with its user as a sign-in subject. */
export interface PasskeyRead {
  /** The live (unused, unexpired) attempt of the token, or null. */
  challengeId: string | null;
  challengeHash: string;
  /** The credential's device and user (null: no such WebAuthn credential); `subject` null when the user has no login profile. */
  device: MfaDeviceEntity | null;
  user: UserEntity | null;
  subject: SignInSubject | null;
}

/**
 * The attempt of a token, and the WebAuthn credential of an id with its user, profile and the
 * expiry rules: one statement, one row whatever was found (nulls for what was not).
 */
export async function readForPasskey(em: EntityManager, token: string, credentialId: string): Promise<PasskeyRead> {
  const rows: Array<
    SubjectRow & {
      challenge_id: string | null;
      challenge_hash: string | null;
      d_id: string | null;
      d_serial: string;
      d_public_key: Buffer | string | null;
      d_sign_count: string | number | null;
      d_transports: string[] | null;
      d_passkey: boolean;
    }
  > = await em.query(
    `SELECT c.id AS challenge_id, c.challenge_hash, d.id AS d_id, d.serial_number AS d_serial, encode(d.public_key, 'base64') AS d_public_key,
            d.sign_count AS d_sign_count, d.transports AS d_transports, d.passkey_sign_in AS d_passkey, ${SUBJECT_COLUMNS}
       FROM (SELECT 1) AS one
       LEFT JOIN passkey_challenges c ON c.token_hash = $1 AND c.used_at IS NULL AND c.expires_at > now()
       LEFT JOIN mfa_devices d ON d.credential_id = $2 AND d.type = 'WEBAUTHN' AND d.user_id IS NOT NULL
       LEFT JOIN users u ON u.id = d.user_id
       LEFT JOIN login_profiles p ON p.user_id = u.id
       LEFT JOIN account_password_policy pp ON pp.id = 1`,
    [sha256Hex(token), credentialId],
  );
  const r = rows[0]!;
  const user = userOf(r);
  const profile = profileOf(r);
  const device =
    r.d_id && user
      ? Object.assign(new MfaDeviceEntity(), {
          id: r.d_id,
          serialNumber: r.d_serial,
          type: 'WEBAUTHN' as const,
          credentialId,
          publicKey: r.d_public_key === null ? null : Buffer.from(String(r.d_public_key), 'base64'),
          signCount: r.d_sign_count === null ? null : String(r.d_sign_count),
          transports: r.d_transports,
          passkeySignIn: r.d_passkey === true,
          userId: user.id,
        })
      : null;
  return {
    challengeId: r.challenge_id,
    challengeHash: r.challenge_hash ?? '',
    device,
    user,
    subject: user && profile ? { user, profile, expiry: expiryOf(r) } : null,
  };
}
