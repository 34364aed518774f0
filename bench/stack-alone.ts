/**
 * The floor under any service here: Apollo Server 5 with this schema, the same body parser and
 * integration, and resolvers that do only what the bench asks (a fixed answer, or the one piece of
 * work no implementation can skip). HTTP, JSON, parsing, validation, variable coercion and the
 * answer's completion are all it costs beyond that.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { loadTypeDefs } from '../src/graphql/schema';

type Resolver = (parent: unknown, args: never) => unknown;

export async function stackAlone(resolvers: { Query?: Record<string, Resolver>; Mutation?: Record<string, Resolver> }): Promise<{ url: string; close: () => Promise<void> }> {
  const apollo = new ApolloServer({ typeDefs: loadTypeDefs(), resolvers });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo));
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: async () => {
      await apollo.stop();
      await new Promise((r) => server.close(r));
    },
  };
}
