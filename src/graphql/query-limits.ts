import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type ASTVisitor, GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import type { Config } from '../config/config';

/**
 * The codes of the query limits, each its own so that a client can tell which limit it hit
 * (graphql-armor reports them all as "Syntax Error: …" under GRAPHQL_VALIDATION_FAILED).
 * formatError lets these through and nothing else of the kind.
 */
export const QUERY_LIMIT_CODES = ['QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX', 'TOO_MANY_ALIASES', 'TOO_MANY_DIRECTIVES', 'TOO_MANY_TOKENS'] as const;
export type QueryLimitCode = (typeof QUERY_LIMIT_CODES)[number];

export function isQueryLimitCode(code: unknown): code is QueryLimitCode {
  return typeof code === 'string' && (QUERY_LIMIT_CODES as readonly string[]).includes(code);
}

/** graphql-js's parser message past `maxTokens` (graphql 16 `parser.ts`, which spells it "more that"). */
export const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;

/** Reports armor's rejection as a validation error with our code, instead of throwing its "Syntax Error". */
const reject =
  (code: QueryLimitCode) =>
  (ctx: ValidationContext | null, err: GraphQLError) =>
    ctx?.reportError(new GraphQLError(err.message.replace(/^Syntax Error: /, ''), { extensions: { code } }));

const asReported = (code: QueryLimitCode) => ({ onReject: [reject(code)], propagateOnRejection: false });

export interface QueryLimits {
  validationRules: ValidationRule[];
  plugins: unknown[];
  /**
   * The token limit is graphql-js's own (`maxTokens`): Apollo answers its parse error with HTTP
   * 400, where armor's token counter, run in a plugin hook, could only fail the request with 500.
   */
  parseOptions: ParseOptions;
}

/** Depth, alias, cost, directive and token limits; introspection as configured. */
export function queryLimits(config: Config): QueryLimits {
  const armor = new ApolloArmor({
    maxDepth: { n: config.graphql.maxDepth, flattenFragments: true, ...asReported('QUERY_TOO_DEEP') },
    maxAliases: { n: config.graphql.maxAliases, ...asReported('TOO_MANY_ALIASES') },
    costLimit: { maxCost: config.graphql.maxCost, ...asReported('QUERY_TOO_COMPLEX') },
    maxDirectives: { n: 50, ...asReported('TOO_MANY_DIRECTIVES') },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();
  return {
    validationRules: [...protection.validationRules, ...(config.introspection ? [] : [noIntrospection])],
    plugins: protection.plugins,
    parseOptions: { maxTokens: config.graphql.maxTokens },
  };
}

/**
 * Introspection off (IAM_INTROSPECTION, off by default in production): our own rule in place of
 * Apollo's, so that the message says which setting turns it on.
 */
const noIntrospection: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(new GraphQLError('GraphQL introspection is off on this server: set IAM_INTROSPECTION=1 to turn it on.', { nodes: [node] }));
    }
  },
});
