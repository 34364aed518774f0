import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity';

/** A user's console password (AWS's "login profile"): only an argon2id hash is stored. */
@Entity('login_profiles')
export class LoginProfileEntity {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column('text', { name: 'password_hash' })
  passwordHash: string;

  @Column('boolean', { name: 'password_reset_required', default: false })
  passwordResetRequired: boolean;

  @Column('timestamptz', { name: 'create_date' })
  createDate: Date;

  @Column('timestamptz', { name: 'password_last_changed' })
  passwordLastChanged: Date;
}
