import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity';

/**
 * A registration under way (createWebAuthnRegistrationOptions): the challenge sent to the browser,
 * for one user and device name, 5 minutes, single-use. Only the challenge's SHA-256 is stored.
 */
@Entity('webauthn_registrations')
@Index('idx_webauthn_registrations_user', ['userId'])
export class WebAuthnRegistrationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { name: 'challenge_hash', unique: true })
  challengeHash: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column('text', { name: 'device_name' })
  deviceName: string;

  /** Whether the device will sign in on its own (a passkey): then the response must be discoverable and user-verified. */
  @Column('boolean', { name: 'passkey_sign_in', default: false })
  passkeySignIn: boolean;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt: Date | null;
}
