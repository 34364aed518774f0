import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity';

/**
 * One guessing counter (src/credentials/attempt-keys.ts): a factor of an account from one source
 * (`password:user:UUID#ip:203.0.113.7`: consecutive failures and backoff), an account's factor over
 * all sources (`password:user:UUID`: failures per window, the ceiling), or a source over all
 * accounts (`ip:203.0.113.7`, `ip:2001:db8:1:2::/64`). Kept in the database so that every replica
 * sees the same count; changed only by single atomic statements (INSERT … ON CONFLICT DO UPDATE).
 */
@Entity('auth_attempt_counters')
@Index('idx_auth_attempt_counters_user', ['userId'])
export class AttemptCounterEntity {
  /** e.g. password:user:UUID, password:user:UUID#ip:203.0.113.7, mfa:user:UUID, ip:203.0.113.7 */
  @PrimaryColumn('text')
  key: string;

  /** Set for a known user's counters, so they go with the user. */
  @Column('uuid', { name: 'user_id', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** Failures: consecutive (a source's pair, reset by a success there) or in the window (account, source). */
  @Column('integer', { default: 0 })
  failures: number;

  /** Attempts refused while blocked: counted, but they never reach the factor. */
  @Column('integer', { default: 0 })
  refused: number;

  @Column('timestamptz', { name: 'blocked_until', nullable: true })
  blockedUntil: Date | null;

  @Column('timestamptz', { name: 'window_start' })
  windowStart: Date;

  /** When the last attempt was counted (a pair forgets its failures a day after). */
  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;

  /** Whether the last attempt counted here was admitted (set by the statement that counted it). */
  @Column('boolean', { name: 'last_admitted', default: true })
  lastAdmitted: boolean;

  /** A pair's last success: a source known for the account for 30 days (admitted at the account's ceiling). */
  @Column('timestamptz', { name: 'last_success_at', nullable: true })
  lastSuccessAt: Date | null;
}
