import { Errors } from '../kernel/errors';

/**
 * Bounds of the policy store's inputs, as AWS's API reference gives them
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_SetDefaultPolicyVersion.html and the
 * other policy operations): a PolicyArn is 20 to 2,048 characters, a VersionId matches
 * v[1-9][0-9]*(\.[A-Za-z0-9-]*)?. Checked before any lookup, so no oversized value reaches SQL.
 */
const VERSION_ID = /^v[1-9][0-9]*(\.[A-Za-z0-9-]*)?$/;
const MAX_VERSION_ID = 128;
const MAX_ARN = 2048;

export function assertPolicyArn(field: string, value: string): void {
  if (value.length < 20 || value.length > MAX_ARN) throw Errors.badInput(field, `Invalid ${field}: must be 20 to ${MAX_ARN} characters`);
}

/** Any ARN an operation takes (a principal's, for effectivePermissions): at most 2,048 characters. */
export function assertArnLength(field: string, value: string): void {
  if (value.length < 1 || value.length > MAX_ARN) throw Errors.badInput(field, `Invalid ${field}: must be 1 to ${MAX_ARN} characters`);
}

export function assertVersionId(value: string): void {
  if (value.length > MAX_VERSION_ID || !VERSION_ID.test(value)) throw Errors.badInput('versionId', 'Invalid versionId: must look like v1, v2, …');
}
