import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity';

export type SessionKind = 'USER' | 'ROLE';
/** FULL sessions may call anything their policies allow; PASSWORD_CHANGE only changePassword. */
export type SessionScope = 'FULL' | 'PASSWORD_CHANGE';
export type AuthMethod = 'PASSWORD' | 'ACCESS_KEY' | 'ASSUME_ROLE' | 'WEB_IDENTITY';

/**
 * A bearer session. The token itself is never stored: token_hash is its SHA-256.
 * User sessions come from login or getSessionToken; role sessions from assumeRole(WithWebIdentity).
 */
@Entity('sessions')
@Index('idx_sessions_user', ['userId'])
@Index('idx_sessions_role', ['roleId'])
@Index('idx_sessions_access_key', ['accessKeyId'])
export class SessionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { name: 'token_hash', unique: true })
  tokenHash: string;

  @Column('text')
  kind: SessionKind;

  @Column('text', { default: 'FULL' })
  scope: SessionScope;

  @Column('text', { name: 'auth_method' })
  authMethod: AuthMethod;

  /** The user (for USER sessions, and for role sessions assumed by a user). */
  @Column('uuid', { name: 'user_id', nullable: true })
  userId: string | null;

  /** Loaded with the session on every authenticated request (one statement, not two). */
  @ManyToOne(() => UserEntity, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity | null;

  @Column('uuid', { name: 'role_id', nullable: true })
  roleId: string | null;

  @Column('text', { name: 'role_session_name', nullable: true })
  roleSessionName: string | null;

  /** The access key that getSessionToken exchanged for this session: deactivating or deleting the key ends it. */
  @Column('text', { name: 'access_key_id', nullable: true })
  accessKeyId: string | null;

  /** A session policy (JSON) that narrows a role session, as AWS's AssumeRole Policy parameter. */
  @Column('text', { name: 'session_policy', nullable: true })
  sessionPolicy: string | null;

  /** Extra request-context keys fixed at issue time (e.g. web identity claims). */
  @Column('jsonb', { name: 'context', nullable: true })
  context: Record<string, string | string[]> | null;

  @Column('boolean', { name: 'mfa_authenticated', default: false })
  mfaAuthenticated: boolean;

  @Column('timestamptz', { name: 'mfa_authenticated_at', nullable: true })
  mfaAuthenticatedAt: Date | null;

  /** True for credentials from STS (getSessionToken, assumeRole…): aws:TokenIssueTime is set. */
  @Column('boolean', { name: 'temporary', default: false })
  temporary: boolean;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'last_used_at' })
  lastUsedAt: Date;

  /** The client's address at issue (after trusted proxies); null for a script. */
  @Column('text', { name: 'source_ip', nullable: true })
  sourceIp: string | null;

  /** The client's User-Agent at issue (at most 256 characters). */
  @Column('text', { name: 'user_agent', nullable: true })
  userAgent: string | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
