import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity';

/**
 * The half-way state of a sign-in: the password was right, the second factor is still due.
 * For one user, 5 minutes, single-use; only the token's hash is stored.
 */
@Entity('mfa_challenges')
@Index('idx_mfa_challenges_user', ['userId'])
export class MfaChallengeEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { name: 'token_hash', unique: true })
  tokenHash: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt: Date | null;

  /** SHA-256 (hex) of the WebAuthn challenge sent with this sign-in, when the user has a security key. */
  @Column('text', { name: 'webauthn_challenge_hash', nullable: true })
  webauthnChallengeHash: string | null;
}
