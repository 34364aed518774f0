import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity';

export type AccessKeyStatus = 'Active' | 'Inactive';

/** An IAM access key (AKIA…): the secret is shown once and stored only as its SHA-256. */
@Entity('access_keys')
@Index('idx_access_keys_user', ['userId'])
export class AccessKeyEntity {
  @PrimaryColumn('text', { name: 'access_key_id' })
  accessKeyId: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column('text', { name: 'secret_hash', unique: true })
  secretHash: string;

  @Column('text')
  status: AccessKeyStatus;

  @Column('timestamptz', { name: 'create_date' })
  createDate: Date;

  @Column('timestamptz', { name: 'last_used_date', nullable: true })
  lastUsedDate: Date | null;
}
