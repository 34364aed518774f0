import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Kind, parse, print } from 'graphql';

/**
 * codegen's client preset types a graphql() document by its operation name: two different documents
 * under one name would silently share one set of types. Codegen itself checks every field and
 * variable against schema.graphql; this checks what it does not, that names are unique.
 */
const TEST_ROOT = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the operations the tests send', () => {
  test('each operation name stands for one document', () => {
    const byName = new Map<string, Map<string, string>>();
    for (const file of sourceFiles(TEST_ROOT)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bgraphql\(`([^`]*)`\)/g)) {
        const document = parse(match[1]!);
        for (const definition of document.definitions) {
          if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
          const name = definition.name?.value ?? '(anonymous)';
          const texts = byName.get(name) ?? new Map<string, string>();
          texts.set(print(definition), relative(TEST_ROOT, file));
          byName.set(name, texts);
        }
      }
    }
    const conflicts = [...byName]
      .filter(([, texts]) => texts.size > 1)
      .map(([name, texts]) => `${name}: ${[...texts.values()].join(', ')}`);
    expect(conflicts).toEqual([]);
    expect(byName.has('(anonymous)')).toBe(false);
    expect(byName.size).toBeGreaterThan(100);
  });
});
