import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The resource-based policy stored for one resource (putResourcePolicy), as a bucket or a queue
 * has its own: keyed by the resource's exact ARN. isAuthorized uses it when a request gives none.
 */
@Entity('resource_policies')
export class ResourcePolicyEntity {
  @PrimaryColumn('text', { name: 'resource_arn' })
  resourceArn: string;

  @Column('text')
  document: string;

  /** Non-whitespace characters, as AWS counts a policy's size. */
  @Column('integer')
  size: number;

  @Column('timestamptz', { name: 'create_date' })
  createDate: Date;

  @Column('timestamptz', { name: 'update_date' })
  updateDate: Date;
}
