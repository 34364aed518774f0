import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PrincipalType } from './policy-attachment.entity';

/** An inline policy embedded in a user, group or role (PutUserPolicy, PutGroupPolicy, PutRolePolicy). */
@Entity('inline_policies')
@Index('uq_inline_policies_principal_name', ['principalId', 'policyName'], { unique: true })
export class InlinePolicyEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { name: 'principal_type' })
  principalType: PrincipalType;

  @Column('uuid', { name: 'principal_id' })
  principalId: string;

  @Column('text', { name: 'policy_name' })
  policyName: string;

  @Column('text')
  document: string;

  /** Non-whitespace characters, as IAM counts them for the per-entity aggregate quota. */
  @Column('integer')
  size: number;

  @Column('timestamptz', { name: 'create_date' })
  createDate: Date;

  @Column('timestamptz', { name: 'update_date' })
  updateDate: Date;
}
