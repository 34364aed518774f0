import type { EntityManager } from 'typeorm';
import type { IamError } from './errors';
import { assertTagKeys, assertTags, type TagLike } from './validation';

/** The tables whose rows carry a `tags` jsonb list (users, roles): one implementation for both. */
export type TaggedTable = 'users' | 'roles';

/**
 * TagUser/TagRole and UntagUser/UntagRole, atomic: the row is locked (SELECT … FOR UPDATE) before
 * its tags are read, so a concurrent change waits and then starts from what this one wrote; no
 * change is lost (before, a revoked ABAC tag could come back when a parallel tag call wrote the
 * list it had read earlier). The 50-tag quota is checked on the locked list.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html
 */
export async function tagRow(em: EntityManager, table: TaggedTable, id: string, tags: readonly TagLike[], missing: () => IamError): Promise<TagLike[]> {
  assertTags('tags', tags);
  const current = await lockedTags(em, table, id, missing);
  const merged = assertTags('tags', tags, current);
  await writeTags(em, table, id, merged);
  return merged;
}

export async function untagRow(em: EntityManager, table: TaggedTable, id: string, tagKeys: readonly string[], missing: () => IamError): Promise<TagLike[]> {
  assertTagKeys('tagKeys', tagKeys);
  const remove = new Set(tagKeys.map((k) => k.toLowerCase()));
  const current = await lockedTags(em, table, id, missing);
  const kept = current.filter((t) => !remove.has(t.key.toLowerCase()));
  if (kept.length !== current.length) await writeTags(em, table, id, kept);
  return kept;
}

async function lockedTags(em: EntityManager, table: TaggedTable, id: string, missing: () => IamError): Promise<TagLike[]> {
  const rows: Array<{ tags: TagLike[] }> = await em.query(`SELECT tags FROM "${table}" WHERE id = $1 FOR UPDATE`, [id]);
  if (rows.length === 0) throw missing();
  return rows[0]!.tags;
}

async function writeTags(em: EntityManager, table: TaggedTable, id: string, tags: TagLike[]): Promise<void> {
  await em.query(`UPDATE "${table}" SET tags = $2::jsonb WHERE id = $1`, [id, JSON.stringify(tags)]);
}
