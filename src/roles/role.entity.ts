import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TagRecord } from '../identity/user.entity';

/**
 * An IAM role: an identity with a trust policy (who may assume it) and permissions that its
 * sessions use. Names are unique case-insensitively (role_name_lower), as in AWS.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html
 */
@Entity('roles')
export class RoleEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** AWS's unique id (AROA…): the ROLEID of aws:userid ROLEID:SESSION for its sessions. */
  @Column('text', { name: 'role_id', unique: true })
  roleId: string;

  @Column('text', { name: 'role_name' })
  roleName: string;

  @Column('text', { name: 'role_name_lower', unique: true })
  roleNameLower: string;

  @Column('text')
  path: string;

  @Column('text', { nullable: true })
  description: string | null;

  /** Seconds, 3,600 to 43,200 (UpdateRole's MaxSessionDuration). */
  @Column('integer', { name: 'max_session_duration', default: 3600 })
  maxSessionDuration: number;

  /** The trust policy, as the caller wrote it. */
  @Column('text', { name: 'assume_role_policy_document' })
  assumeRolePolicyDocument: string;

  /**
   * Each user, role or role-session ARN of the trust policy's principals → the unique id it named
   * when the policy was saved (see trust-principals.ts). Trust is evaluated on these ids, never
   * on names. NULL only for roles written before ids were kept, until the start-up resolves them.
   */
  @Column('jsonb', { name: 'trust_principal_ids', nullable: true })
  trustPrincipalIds: Record<string, string> | null;

  @Column('jsonb', { default: () => "'[]'" })
  tags: TagRecord[];

  @Column('text', { name: 'permissions_boundary_arn', nullable: true })
  permissionsBoundaryArn: string | null;

  /**
   * Sessions issued before this instant are void: AWS's "revoke active sessions" writes the
   * AWSRevokeOlderSessions inline policy with aws:TokenIssueTime; we keep the instant itself.
   */
  @Column('timestamptz', { name: 'sessions_revoked_before', nullable: true })
  sessionsRevokedBefore: Date | null;

  @Column('timestamptz', { name: 'create_date' })
  createDate: Date;
}
