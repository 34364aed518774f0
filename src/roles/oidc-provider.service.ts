import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Config } from '../config/config';
import { arn } from '../kernel/arn';
import { writeUnique } from '../kernel/db-errors';
import { Errors } from '../kernel/errors';
import { assertTags, type TagLike } from '../kernel/validation';
import type { OidcKeyStore } from './oidc-key-store';
import { OidcProviderEntity } from './oidc-provider.entity';
import { parseProviderUrl } from './oidc-url';

/** CreateOpenIDConnectProvider's limits: 100 client ids of 1–255 characters, 5 SHA-1 thumbprints. */
const MAX_CLIENT_IDS = 100;
const MAX_THUMBPRINTS = 5;
const THUMBPRINT = /^[0-9a-fA-F]{40}$/;

/** OpenIDConnectProviderArn: 20 to 2,048 characters (DeleteOpenIDConnectProvider and others). */
export function assertProviderArn(providerArn: string): void {
  if (providerArn.length < 20 || providerArn.length > 2048) {
    throw Errors.badInput('openIdConnectProviderArn', 'Invalid openIdConnectProviderArn: must be 20 to 2,048 characters');
  }
}

/**
 * OpenID Connect identity providers of the account. The thumbprints are stored as AWS stores them;
 * the keys themselves come from the provider's JWKS over TLS (as AWS now does for most providers).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html
 */
export class OidcProviderService {
  constructor(
    private readonly config: Config,
    private readonly keys: OidcKeyStore,
  ) {}

  providerArn(urlWithoutScheme: string): string {
    return arn.oidcProvider(this.config.accountId, urlWithoutScheme);
  }

  /** The ARN a URL would get, for authorize() before the URL is otherwise checked; null when it is no URL. */
  arnForUrl(url: string): string | null {
    try {
      return this.providerArn(parseProviderUrl('url', url, true).withoutScheme);
    } catch {
      return null;
    }
  }

  async create(em: EntityManager, input: { url: string; clientIdList: string[]; thumbprintList?: string[] | null; tags?: TagLike[] | null }): Promise<OidcProviderEntity> {
    const url = parseProviderUrl('url', input.url, this.config.allowInsecureOidc);
    if (input.clientIdList.length > MAX_CLIENT_IDS) throw Errors.limitExceeded(`Cannot have more than ${MAX_CLIENT_IDS} client ids.`);
    for (const id of input.clientIdList) {
      if (id.length < 1 || id.length > 255) throw Errors.badInput('clientIdList', 'Invalid clientIdList: each client id is 1 to 255 characters');
    }
    const thumbprints = input.thumbprintList ?? [];
    if (thumbprints.length > MAX_THUMBPRINTS) throw Errors.limitExceeded(`Cannot have more than ${MAX_THUMBPRINTS} thumbprints.`);
    for (const t of thumbprints) {
      if (!THUMBPRINT.test(t)) throw Errors.badInput('thumbprintList', 'Invalid thumbprintList: each thumbprint is 40 hexadecimal characters (SHA-1)');
    }
    const tags = assertTags('tags', input.tags ?? []);
    const providerArn = this.providerArn(url.withoutScheme);
    const exists = await em.findOne(OidcProviderEntity, { where: { urlWithoutScheme: url.withoutScheme } });
    if (exists) throw Errors.alreadyExists(`Provider with url ${url.href}`);
    const provider = em.create(OidcProviderEntity, {
      id: randomUUID(),
      arn: providerArn,
      scheme: url.scheme,
      urlWithoutScheme: url.withoutScheme,
      clientIdList: [...new Set(input.clientIdList)],
      thumbprintList: [...new Set(thumbprints.map((t) => t.toLowerCase()))],
      tags,
      createDate: new Date(),
    });
    await writeUnique(() => em.insert(OidcProviderEntity, provider), () => Errors.alreadyExists(`Provider with url ${url.href}`));
    return provider;
  }

  /** The provider with this id; `lock: 'share'` holds its row (FOR SHARE) until the transaction ends. */
  findById(em: EntityManager, id: string, lock?: 'share'): Promise<OidcProviderEntity | null> {
    return em.findOne(OidcProviderEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_read' as const } } : {}) });
  }

  findByArn(em: EntityManager, providerArn: string): Promise<OidcProviderEntity | null> {
    return em.findOne(OidcProviderEntity, { where: { arn: providerArn } });
  }

  async getByArn(em: EntityManager, providerArn: string): Promise<OidcProviderEntity> {
    const provider = await em.findOne(OidcProviderEntity, { where: { arn: providerArn } });
    if (!provider) throw Errors.noSuchEntity(`OpenIDConnect Provider ${providerArn}`);
    return provider;
  }

  /** The row count decides: of concurrent deletions one succeeds, the others find no provider. */
  async delete(em: EntityManager, provider: OidcProviderEntity): Promise<void> {
    const { affected } = await em.delete(OidcProviderEntity, { id: provider.id });
    if (!affected) throw Errors.noSuchEntity(`OpenIDConnect Provider ${provider.arn}`);
    this.keys.evict(`${provider.scheme}://${provider.urlWithoutScheme}`);
  }

  list(em: EntityManager): Promise<OidcProviderEntity[]> {
    return em.find(OidcProviderEntity, { order: { arn: 'ASC' } });
  }

  /** The provider an `iss` names: same scheme, same host and path. */
  findByIssuer(em: EntityManager, scheme: string, urlWithoutScheme: string): Promise<OidcProviderEntity | null> {
    return em.findOne(OidcProviderEntity, { where: { scheme: scheme as 'https' | 'http', urlWithoutScheme } });
  }
}
