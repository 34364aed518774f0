import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity';

/**
 * One single-use recovery code (Kratos's "lookup secrets"): only a keyed hash is stored, and it
 * is consumed by one guarded UPDATE (`… WHERE used_at IS NULL`). Deleted with the user.
 */
@Entity('mfa_recovery_codes')
@Index('idx_mfa_recovery_codes_user', ['userId'])
export class RecoveryCodeEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column('text', { name: 'code_hash', unique: true })
  codeHash: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt: Date | null;
}
