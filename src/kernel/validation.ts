import { Errors } from './errors';

/**
 * AWS's name character sets and lengths:
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html (and CreateGroup, CreateRole, CreatePolicy).
 */
const NAME = /^[\w+=,.@-]+$/;
const PATH = /^(\/|\/[\u0021-\u007E]+\/)$/;

export function assertName(field: string, value: string, maxLength: number): void {
  if (value.length < 1 || value.length > maxLength || !NAME.test(value)) {
    throw Errors.badInput(
      field,
      `Invalid ${field}: must be 1 to ${maxLength} characters of letters, digits and +=,.@_-`,
    );
  }
}

export function assertPath(field: string, value: string): void {
  if (value.length > 512 || !PATH.test(value)) {
    throw Errors.badInput(field, `Invalid ${field}: must be "/" or start and end with "/" (at most 512 characters)`);
  }
}

export function assertPathPrefix(field: string, value: string): void {
  if (value.length > 512 || !/^\/[\u0021-\u007E]*$/.test(value)) {
    throw Errors.badInput(field, `Invalid ${field}: must start with "/" (at most 512 characters)`);
  }
}

export interface TagLike {
  key: string;
  value: string;
}

/** IAM tag rules: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html#id_tags_rules_creating */
const TAG_CHARS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

export function assertTags(field: string, tags: readonly TagLike[], existing: readonly TagLike[] = []): TagLike[] {
  const merged = new Map<string, TagLike>();
  for (const t of existing) merged.set(t.key.toLowerCase(), t);
  const seen = new Set<string>();
  for (const t of tags) {
    if (t.key.length < 1 || t.key.length > 128 || !TAG_CHARS.test(t.key) || t.key.toLowerCase().startsWith('aws:')) {
      throw Errors.badInput(field, `Invalid tag key "${t.key.slice(0, 128)}": 1 to 128 characters, not starting with aws:`);
    }
    if (t.value.length > 256 || !TAG_CHARS.test(t.value)) {
      throw Errors.badInput(field, `Invalid value for tag "${t.key}": at most 256 characters`);
    }
    const lower = t.key.toLowerCase();
    if (seen.has(lower)) throw Errors.badInput(field, `Duplicate tag key "${t.key}" (tag keys are case-insensitive)`);
    seen.add(lower);
    // IAM keeps the case of the first key written and replaces its value.
    const prior = merged.get(lower);
    merged.set(lower, { key: prior ? prior.key : t.key, value: t.value });
  }
  if (merged.size > 50) throw Errors.limitExceeded('Cannot have more than 50 tags on one entity.');
  return [...merged.values()];
}

/** UntagUser/UntagRole TagKeys: at most 50 keys, each 1 to 128 tag characters (AWS's API reference). */
export function assertTagKeys(field: string, keys: readonly string[]): void {
  if (keys.length > 50) throw Errors.badInput(field, `Invalid ${field}: at most 50 keys`);
  for (const k of keys) {
    if (k.length < 1 || k.length > 128 || !TAG_CHARS.test(k)) throw Errors.badInput(field, `Invalid ${field}: each key is 1 to 128 tag characters`);
  }
}

export function assertIntRange(field: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw Errors.badInput(field, `Invalid ${field}: must be an integer from ${min} to ${max}`);
  }
}
