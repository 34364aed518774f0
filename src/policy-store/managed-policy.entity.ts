import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';

/** The foreign key that keeps a policy's default version in existence (see defaultVersion). */
export const DEFAULT_VERSION_FK = 'fk_managed_policies_default_version';

/**
 * A managed policy: a system policy (arn:aws:iam::aws:policy/…, seeded by a migration, read-only)
 * or a customer managed policy of this account. Its documents live in policy versions; the
 * default version is the one that decides ("Versioning IAM policies").
 */
@Entity('managed_policies')
@Index('uq_managed_policies_scope_name', ['isAwsManaged', 'policyNameLower'], { unique: true })
export class ManagedPolicyEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** AWS's unique id (ANPA…). */
  @Column('text', { name: 'policy_id', unique: true })
  policyId: string;

  @Column('text', { unique: true })
  arn: string;

  @Column('text', { name: 'policy_name' })
  policyName: string;

  @Column('text', { name: 'policy_name_lower' })
  policyNameLower: string;

  @Column('text')
  path: string;

  @Column('text', { nullable: true })
  description: string | null;

  /** True for the system policies (arn:aws:iam::aws:policy/…): no versions, no deletes. */
  @Column('boolean', { name: 'is_aws_managed', default: false })
  isAwsManaged: boolean;

  /** "v3": the version that decides. */
  @Column('text', { name: 'default_version_id' })
  defaultVersionId: string;

  /**
   * The default version's row, by a foreign key (id, default_version_id) → the version's
   * (policy_row_id, version_id): the default version can never be deleted, nor can the default
   * point at a version that does not exist. Without it a boundary or an attached Deny whose default
   * was deleted would drop out of the principal's policies. DEFERRABLE because a policy and its
   * first version reference each other: create() defers the check to the commit, every other
   * statement is checked at once.
   */
  @ManyToOne('PolicyVersionEntity', { onDelete: 'NO ACTION', onUpdate: 'NO ACTION', deferrable: 'INITIALLY IMMEDIATE' })
  @JoinColumn([
    { name: 'id', referencedColumnName: 'policyRowId', foreignKeyConstraintName: DEFAULT_VERSION_FK },
    { name: 'default_version_id', referencedColumnName: 'versionId', foreignKeyConstraintName: DEFAULT_VERSION_FK },
  ])
  // Named, not imported: the version entity refers back to this one (an import cycle otherwise).
  // The relation exists for its foreign key and is never loaded.
  defaultVersion?: Relation<object>;

  /** Versions are numbered v1, v2, … and a number is never reused, as in AWS. */
  @Column('integer', { name: 'next_version_number', default: 2 })
  nextVersionNumber: number;

  @Column('timestamptz', { name: 'create_date' })
  createDate: Date;

  @Column('timestamptz', { name: 'update_date' })
  updateDate: Date;
}
