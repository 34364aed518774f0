import type { SessionEntity } from '../credentials/session.entity';
import type { TagRecord, UserEntity } from '../identity/user.entity';
import type { Caller as KernelCaller } from '../kernel/caller';

/**
 * The authenticated caller of a request, derived from its bearer session.
 * USER: an IAM user (login, getSessionToken). ROLE: an assumed-role session (roles issue).
 */
export type CallerPrincipal = UserCaller | RoleCaller;

export interface UserCaller {
  kind: 'USER';
  arn: string;
  /** aws:userid */
  userId: string;
  user: UserEntity;
  session: SessionEntity;
}

export interface RoleCaller {
  kind: 'ROLE';
  /** arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION */
  arn: string;
  /** ROLEID:SESSION, aws:userid of a role session */
  userId: string;
  /** The role's own ARN: aws:PrincipalArn of a role session, as in AWS. */
  roleArn: string;
  roleName: string;
  roleInternalId: string;
  roleUniqueId: string;
  roleSessionName: string;
  /** The role's permissions boundary (a managed policy ARN), as for users. */
  permissionsBoundaryArn: string | null;
  /** The role's tags: aws:PrincipalTag/KEY of its sessions. */
  tags: TagRecord[];
  session: SessionEntity;
}

/** What `me` resolves to for a role session (the AssumedRoleSession GraphQL type). */
export interface AssumedRoleSessionView {
  kind: 'ASSUMED_ROLE_SESSION';
  arn: string;
  userId: string;
  assumedRoleId: string;
  roleArn: string;
  roleName: string;
  roleSessionName: string;
  expiration: Date;
}

/** The parent objects of the Principal interface: a user entity or a role session view. */
export type PrincipalModel = import('../identity/user.entity').UserEntity | AssumedRoleSessionView;

/** The caller of a request as every domain sees it: its origin and its principal (or none). */
export type Caller = KernelCaller<CallerPrincipal>;
