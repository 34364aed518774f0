// The layering of src/, checked by `npm run lint` (dependency-cruiser 17; 18 needs Node 22).
// Data flows one way: http -> graphql (context, resolvers) -> domains -> policy / kernel.
//
//   src/kernel/          errors, ARNs, ids, validation, UnitOfWork and Caller types: only itself
//   src/observability/   logger and metrics: kernel and itself
//   src/policy/          the pure policy engine: nothing outside itself, not even kernel or npm
//   domains (DOMAINS)    kernel, observability, policy, config, db and each other, acyclically;
//                        never the transport (src/graphql, src/http, graphql, Apollo, express)
//   src/graphql/, src/http/, composition root (app, main, services, bootstrap): everything
//
// Type-only imports (`import type`, `import { type X }`) are seen (tsPreCompilationDeps: true)
// and count like any other import, in cycles too: a type-only cycle still means two modules
// cannot be understood, or moved, one without the other. The one rule that lets them through
// is TypeORM in resolvers, where a type names what the context hands over.

const DOMAINS = [
  'audit',
  'authz',
  'credentials',
  'mfa',
  'identity',
  'policy-store',
  'roles',
  'signin',
  'config',
  'db',
];
const LAYERS = ['kernel', 'observability', 'policy', 'graphql', 'http', ...DOMAINS];
const ROOT_FILES = ['app', 'main', 'services', 'bootstrap'];

const inFolders = (names) => `^src/(${names.join('|')})/`;
const DOMAIN = inFolders(DOMAINS);
const KNOWN = `${inFolders(LAYERS)}|^src/(${ROOT_FILES.join('|')})\\.ts$`;
const COMPOSITION_ROOT = `^src/(${ROOT_FILES.join('|')})\\.ts$`;
// The transport: our own GraphQL and HTTP layers and the npm packages they are built on
// (@types/express too: a domain that names express's Request is tied to express).
const TRANSPORT = [
  '^src/(graphql|http)/',
  '(^|/)node_modules/(graphql|express|@apollo/[^/]+|@as-integrations/[^/]+|@envelop/[^/]+|@escape\\.tech/[^/]+|@types/express[^/]*)/',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycle in src/, type-only imports included.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'policy-is-pure',
      severity: 'error',
      comment:
        'src/policy is the pure engine (STYLE.md 8): it imports nothing outside itself, ' +
        'not kernel, not an npm package, not a Node built-in.',
      from: { path: '^src/policy/' },
      to: { pathNot: '^src/policy/' },
    },
    {
      name: 'kernel-imports-only-itself',
      severity: 'error',
      comment: 'src/kernel is the bottom layer: nothing in src/ but itself.',
      from: { path: '^src/kernel/' },
      to: { path: '^src/', pathNot: '^src/kernel/' },
    },
    {
      name: 'observability-imports-only-kernel',
      severity: 'error',
      comment: 'Logger and metrics sit just above kernel: they import kernel and themselves only.',
      from: { path: '^src/observability/' },
      to: { path: '^src/', pathNot: '^src/(kernel|observability)/' },
    },
    {
      name: 'no-transport-below-graphql',
      severity: 'error',
      comment:
        'Domains, kernel and observability do not know how they are served: no src/graphql, ' +
        'src/http, graphql, @apollo/*, express, @as-integrations/*, @envelop/*, @escape.tech/*. ' +
        'Throw the kernel error; src/graphql maps it.',
      from: { path: [DOMAIN, '^src/(kernel|observability)/'] },
      to: { path: TRANSPORT },
    },
    {
      name: 'no-composition-root-below-graphql',
      severity: 'error',
      comment:
        'The composition root (app, main, services, bootstrap) wires the domains; a domain ' +
        'that imports it (even for a type) depends on every other domain.',
      from: { path: [DOMAIN, '^src/(kernel|observability|policy)/'] },
      to: { path: COMPOSITION_ROOT },
    },
    {
      name: 'resolver-no-typeorm-at-run-time',
      severity: 'error',
      comment:
        'Resolvers call services; they do not query. `import type` from typeorm is allowed ' +
        '(it is erased), a value import is not.',
      from: { path: '^src/graphql/resolvers/' },
      to: { path: '(^|/)node_modules/typeorm/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'resolver-no-other-resolver',
      severity: 'error',
      comment: 'A resolver file does not import another resolver file; shared code goes beside them.',
      from: { path: '^src/graphql/resolvers/.+\\.resolvers\\.ts$' },
      to: { path: '^src/graphql/resolvers/.+\\.resolvers\\.ts$' },
    },
    {
      name: 'known-layer',
      severity: 'error',
      comment:
        'Every module in src/ belongs to a layer named in .dependency-cruiser.cjs; a new ' +
        'folder is added there (with its rules) rather than escaping them.',
      from: { path: '^src/', pathNot: KNOWN },
      to: {},
    },
    {
      name: 'to-known-layer',
      severity: 'error',
      comment: 'Imports inside src/ go to modules of a known layer (see known-layer).',
      from: { path: '^src/' },
      to: { path: '^src/', pathNot: KNOWN },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['main', 'types', 'typings'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
