import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

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

  /** Versions are numbered v1, v2, … and a number is never reused, as in AWS. */
  @Column('integer', { name: 'next_version_number', default: 2 })
  nextVersionNumber: number;

  @Column('timestamptz', { name: 'create_date' })
  createDate: Date;

  @Column('timestamptz', { name: 'update_date' })
  updateDate: Date;
}
