import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ManagedPolicyEntity } from './managed-policy.entity';

/**
 * One version of a managed policy. Immutable once written: its row id keys the process-wide
 * cache of compiled documents. At most 5 per policy ("IAM and AWS STS quotas").
 */
@Entity('managed_policy_versions')
@Index('uq_managed_policy_versions_policy_version', ['policyRowId', 'versionId'], { unique: true })
export class PolicyVersionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'policy_row_id' })
  policyRowId: string;

  @ManyToOne(() => ManagedPolicyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'policy_row_id' })
  // Relation<…>: the two entities reference each other; no runtime type metadata for the cycle.
  policy?: Relation<ManagedPolicyEntity>;

  /** "v1", "v2", … */
  @Column('text', { name: 'version_id' })
  versionId: string;

  @Column('text')
  document: string;

  @Column('timestamptz', { name: 'create_date' })
  createDate: Date;
}
