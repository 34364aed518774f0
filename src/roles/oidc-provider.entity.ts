import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TagRecord } from '../identity/user.entity';

/**
 * An OpenID Connect identity provider trusted for assumeRoleWithWebIdentity.
 * `url` is stored without its scheme, as AWS keys the provider (ARN suffix and condition-key prefix);
 * `scheme` keeps whether it was https or (loopback, IAM_ALLOW_INSECURE_OIDC only) http.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html
 */
@Entity('oidc_providers')
export class OidcProviderEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  arn: string;

  @Column('text')
  scheme: 'https' | 'http';

  /** host[:port][/path], no scheme, no trailing slash. */
  @Column('text', { name: 'url_without_scheme', unique: true })
  urlWithoutScheme: string;

  @Column('jsonb', { name: 'client_id_list', default: () => "'[]'" })
  clientIdList: string[];

  @Column('jsonb', { name: 'thumbprint_list', default: () => "'[]'" })
  thumbprintList: string[];

  @Column('jsonb', { default: () => "'[]'" })
  tags: TagRecord[];

  @Column('timestamptz', { name: 'create_date' })
  createDate: Date;
}
