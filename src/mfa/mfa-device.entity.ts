import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity';
import type { SeedCiphertext } from './seed-cipher';

export type MfaDeviceType = 'TOTP' | 'WEBAUTHN';
/** The second factors that answer a sign-in challenge. */
export type MfaMethod = 'TOTP' | 'WEBAUTHN' | 'RECOVERY_CODE';

/**
 * An MFA device of one of two types.
 * TOTP: a virtual MFA device (AWS CreateVirtualMFADevice), made unassigned, then enabled for one
 * user with two consecutive codes. The seed is stored only encrypted. `last_used_step` is the last
 * accepted RFC 6238 time step: a code of that step or an earlier one is never accepted again.
 * WEBAUTHN: a security key or passkey, registered for one user (completeWebAuthnRegistration):
 * its credential id, COSE public key and signature counter (W3C WebAuthn §6.1), no seed.
 */
@Entity('mfa_devices')
@Index('idx_mfa_devices_user', ['userId'])
export class MfaDeviceEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** arn:aws:iam::ACCOUNT:mfa/PATHNAME */
  @Column('text', { name: 'serial_number', unique: true })
  serialNumber: string;

  /** Lower-cased serial number: device names are unique case-insensitively, like other IAM names. */
  @Column('text', { name: 'serial_number_lower', unique: true })
  serialNumberLower: string;

  @Column('text')
  path: string;

  @Column('text', { name: 'device_name' })
  deviceName: string;

  @Column('text', { default: 'TOTP' })
  type: MfaDeviceType;

  /** TOTP only. */
  @Column('text', { name: 'seed_ciphertext', nullable: true })
  seedCiphertext: SeedCiphertext | null;

  /** WEBAUTHN only: the credential id, base64url (as the browser's `rawId`). */
  @Column('text', { name: 'credential_id', nullable: true, unique: true })
  credentialId: string | null;

  /** WEBAUTHN only: the credential's public key, a COSE_Key (RFC 9052 §7). */
  @Column('bytea', { name: 'public_key', nullable: true })
  publicKey: Buffer | null;

  /** WEBAUTHN only: the last signature counter seen (§6.1.1); a response at or below it is refused unless both are 0. */
  @Column('bigint', { name: 'sign_count', nullable: true })
  signCount: string | null;

  /** WEBAUTHN only: how the browser may reach the authenticator (usb, nfc, ble, internal, hybrid). */
  @Column('jsonb', { nullable: true })
  transports: string[] | null;

  /** WEBAUTHN only: the authenticator model's AAGUID (all zeros with attestation `none` for many). */
  @Column('text', { nullable: true })
  aaguid: string | null;

  /** WEBAUTHN only: the BE and BS flags (§6.1): a synced passkey is backup-eligible. */
  @Column('boolean', { name: 'backup_eligible', nullable: true })
  backupEligible: boolean | null;

  @Column('boolean', { name: 'backup_state', nullable: true })
  backupState: boolean | null;

  /**
   * WEBAUTHN only: the user chose, at registration, that this credential signs in on its own
   * (a passkey: discoverable, user verification proven then and at every sign-in). False: a
   * second factor only, after the password.
   */
  @Column('boolean', { name: 'passkey_sign_in', default: false })
  passkeySignIn: boolean;

  /** The user it is enabled for; null while unassigned. */
  @Column('uuid', { name: 'user_id', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column('timestamptz', { name: 'enable_date', nullable: true })
  enableDate: Date | null;

  @Column('bigint', { name: 'last_used_step', nullable: true })
  lastUsedStep: string | null;

  /** Clock drift of the authenticator in time steps, learned by resyncMfaDevice. */
  @Column('integer', { name: 'drift_steps', default: 0 })
  driftSteps: number;

  @Column('timestamptz', { name: 'create_date' })
  createDate: Date;
}
