import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditOutcome = 'SUCCESS' | 'FAILURE';

/** One record per mutation and per sign-in attempt; never holds a secret. */
@Entity('audit_events')
@Index('idx_audit_events_time', ['eventTime'])
@Index('idx_audit_events_principal', ['principalArn', 'eventTime'])
@Index('idx_audit_events_session', ['sessionId'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('timestamptz', { name: 'event_time' })
  eventTime: Date;

  @Column('text', { name: 'principal_arn', nullable: true })
  principalArn: string | null;

  @Column('text')
  action: string;

  @Column('text', { name: 'resource_arn', nullable: true })
  resourceArn: string | null;

  @Column('text')
  outcome: AuditOutcome;

  @Column('text', { name: 'error_code', nullable: true })
  errorCode: string | null;

  @Column('text', { name: 'source_ip', nullable: true })
  sourceIp: string | null;

  @Column('text', { name: 'request_id' })
  requestId: string;

  /** Who under the principal (src/audit/audit-identity.ts): the session, its name, its key, its web identity. */
  @Column('text', { name: 'session_id', nullable: true })
  sessionId: string | null;

  @Column('text', { name: 'role_session_name', nullable: true })
  roleSessionName: string | null;

  @Column('text', { name: 'access_key_id', nullable: true })
  accessKeyId: string | null;

  @Column('text', { name: 'web_identity_subject', nullable: true })
  webIdentitySubject: string | null;

  @Column('text', { name: 'web_identity_issuer', nullable: true })
  webIdentityIssuer: string | null;

  /** Non-secret details (e.g. "reused TOTP step"). */
  @Column('jsonb', { nullable: true })
  details: Record<string, unknown> | null;
}
