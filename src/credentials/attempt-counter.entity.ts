import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity';

/**
 * Consecutive failures of one factor (a user's password, a user's second factor, an access key)
 * or of one source address, kept in the database so that every replica sees the same count.
 * Changed only by single atomic statements (INSERT … ON CONFLICT DO UPDATE … RETURNING).
 */
@Entity('auth_attempt_counters')
@Index('idx_auth_attempt_counters_user', ['userId'])
export class AttemptCounterEntity {
  /** e.g. password:user:UUID, password:name:alice, mfa:user:UUID, ip:203.0.113.7 */
  @PrimaryColumn('text')
  key: string;

  /** Set for a known user's counters, so they go with the user. */
  @Column('uuid', { name: 'user_id', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** Consecutive failed checks of the factor (reset by a success or an administrator). */
  @Column('integer', { default: 0 })
  failures: number;

  /** Attempts refused while blocked: counted, but they never reach the factor. */
  @Column('integer', { default: 0 })
  refused: number;

  @Column('timestamptz', { name: 'blocked_until', nullable: true })
  blockedUntil: Date | null;

  @Column('timestamptz', { name: 'window_start' })
  windowStart: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
