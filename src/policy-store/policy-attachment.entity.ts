import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ManagedPolicyEntity } from './managed-policy.entity';

/** Who a policy can be attached to (or an inline policy belongs to). */
export type PrincipalType = 'USER' | 'GROUP' | 'ROLE';

/**
 * A managed policy attached to a user, group or role. Generic over the principal
 * (principal_type + the uuid of users.id / groups.id / roles.id), so roles plug in unchanged.
 */
@Entity('policy_attachments')
@Index('idx_policy_attachments_policy', ['policyRowId'])
export class PolicyAttachmentEntity {
  @PrimaryColumn('uuid', { name: 'principal_id' })
  principalId: string;

  @PrimaryColumn('uuid', { name: 'policy_row_id' })
  policyRowId: string;

  @Column('text', { name: 'principal_type' })
  principalType: PrincipalType;

  @ManyToOne(() => ManagedPolicyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'policy_row_id' })
  policy?: ManagedPolicyEntity;

  @Column('timestamptz', { name: 'create_date' })
  createDate: Date;
}
