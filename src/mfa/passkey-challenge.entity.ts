import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A passkey sign-in under way (createPasskeySignInOptions): no user yet, only the challenge sent
 * to the browser, 5 minutes, single-use. Only hashes are stored: of the token that names the
 * attempt and of the WebAuthn challenge, which the response must have signed.
 */
@Entity('passkey_challenges')
@Index('idx_passkey_challenges_expires', ['expiresAt'])
export class PasskeyChallengeEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { name: 'token_hash', unique: true })
  tokenHash: string;

  @Column('text', { name: 'challenge_hash', unique: true })
  challengeHash: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt: Date | null;
}
