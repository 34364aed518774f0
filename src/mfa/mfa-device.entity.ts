import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity';
import type { SeedCiphertext } from './seed-cipher';

/**
 * A virtual MFA device (AWS CreateVirtualMFADevice): made unassigned, then enabled for one user
 * with two consecutive codes. The seed is stored only encrypted. `last_used_step` is the last
 * accepted RFC 6238 time step: a code of that step or an earlier one is never accepted again.
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

  @Column('text', { name: 'seed_ciphertext' })
  seedCiphertext: SeedCiphertext;

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
