/**
 * Statements of a document with arrays normalized, for "effective permissions" listings
 * (string-or-array elements become arrays; absent elements become empty arrays / null).
 */
import { parsePolicy } from './policy-parser';
import { NormalizedStatement, PolicyDocument } from './types';

export function normalizeStatements(source: string | PolicyDocument): NormalizedStatement[] {
  const doc = typeof source === 'string' ? parsePolicy(source).document : source;
  if (!doc) return [];
  return doc.statements.map((st) => ({
    sid: st.sid?.value ?? null,
    effect: st.effect?.value ?? null,
    actions: st.action?.values.map((v) => v.value) ?? [],
    notActions: st.notAction?.values.map((v) => v.value) ?? [],
    resources: st.resource?.values.map((v) => v.value) ?? [],
    notResources: st.notResource?.values.map((v) => v.value) ?? [],
    condition: st.conditionJson ?? null,
  }));
}
