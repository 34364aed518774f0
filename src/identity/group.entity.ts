import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An IAM group. Names are unique case-insensitively (group_name_lower), as in AWS. */
@Entity('groups')
export class GroupEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** AWS's unique id (AGPA…). */
  @Column('text', { name: 'group_id', unique: true })
  groupId: string;

  @Column('text', { name: 'group_name' })
  groupName: string;

  @Column('text', { name: 'group_name_lower', unique: true })
  groupNameLower: string;

  @Column('text')
  path: string;

  @Column('timestamptz', { name: 'create_date' })
  createDate: Date;
}
