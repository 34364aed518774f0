FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The stand-in for lightningcss (MPL-2.0) that package.json's overrides install in its place.
COPY console/vendor ./console/vendor
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
# glibc makes up to 8 malloc arenas per core for Node's and PGlite's threads and keeps what they
# freed: two arenas hold the server's resident memory about 50 MB lower under load (docs/scaling.md).
ENV MALLOC_ARENA_MAX=2
# argon2 takes 19 MiB per verify; glibc raises its mmap threshold after the first such block is
# freed and then serves the next ones from the arenas, which keep them. A fixed threshold keeps
# them mapped and unmapped per verify, returned to the system at once.
ENV MALLOC_MMAP_THRESHOLD_=131072
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/console/dist ./console/dist
COPY package.json schema.graphql ./
USER node
EXPOSE 4000
# V8 lets the old generation grow to several times what is live before a full collection: at
# 1.5 times, the resident memory stays within about 100 MB of the live heap (docs/scaling.md).
CMD ["node", "--heap-growing-percent=50", "dist/src/main.js"]
