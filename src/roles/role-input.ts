import type { TagLike } from '../kernel/validation';

/** RoleName: 1 to 64 characters (CreateRole). */
export const MAX_ROLE_NAME = 64;

/** UpdateRole's MaxSessionDuration bounds, in seconds. */
export const MIN_MAX_SESSION_DURATION = 3600;
export const MAX_MAX_SESSION_DURATION = 43200;

/** Role descriptions: https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html */
export const DESCRIPTION = /^[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*$/;

/** What CreateRole accepts. */
export interface NewRole {
  roleName: string;
  path?: string | null;
  assumeRolePolicyDocument: string;
  maxSessionDuration?: number | null;
  description?: string | null;
  tags?: TagLike[] | null;
  /** ARN of a managed policy used as the permissions boundary. */
  permissionsBoundary?: string | null;
}
