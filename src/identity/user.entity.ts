import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface TagRecord {
  key: string;
  value: string;
}

/** An IAM user. Names are unique case-insensitively (user_name_lower), as in AWS. */
@Entity('users')
export class UserEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** AWS's unique id (AIDA…), the value of aws:userid. */
  @Column('text', { name: 'user_id', unique: true })
  userId: string;

  @Column('text', { name: 'user_name' })
  userName: string;

  @Column('text', { name: 'user_name_lower', unique: true })
  userNameLower: string;

  @Column('text')
  path: string;

  @Column('jsonb', { default: () => "'[]'" })
  tags: TagRecord[];

  @Column('text', { name: 'permissions_boundary_arn', nullable: true })
  permissionsBoundaryArn: string | null;

  @Column('timestamptz', { name: 'create_date' })
  createDate: Date;

  @Column('timestamptz', { name: 'password_last_used', nullable: true })
  passwordLastUsed: Date | null;
}
