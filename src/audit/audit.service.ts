import type { EntityManager } from 'typeorm';
import type { Caller } from '../authz/principal';
import { Errors } from '../kernel/errors';
import { type SqlWrite, type UnitOfWork, withRiders } from '../kernel/unit-of-work';
import { AuditEventEntity, type AuditOutcome } from './audit-event.entity';
import { auditIdentity } from './audit-identity';

export interface AuditFilter {
  principalArn?: string | null;
  action?: string | null;
  sessionId?: string | null;
  since?: Date | null;
  until?: Date | null;
}

/** Writes one audit record per mutation and sign-in attempt, inside the caller's transaction. */
export class AuditService {
  /** The record of `uow`'s operation, written with `em` (its transaction, or the failure record's). */
  async record(
    em: EntityManager,
    caller: Caller,
    uow: UnitOfWork,
    entry: {
      action: string;
      resourceArn: string | null;
      outcome: AuditOutcome;
      errorCode?: string | null;
      principalArn?: string | null;
      details?: Record<string, unknown> | null;
    },
  ): Promise<void> {
    const who = auditIdentity(caller, uow.audit.credential);
    const record: SqlWrite = {
      sql: `INSERT INTO audit_events (event_time, principal_arn, action, resource_arn, outcome, error_code, source_ip, request_id,
                                      session_id, role_session_name, access_key_id, web_identity_subject, web_identity_issuer, details)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb)`,
      params: [
        new Date(), entry.principalArn ?? caller.principal?.arn ?? null, entry.action, entry.resourceArn, entry.outcome,
        entry.errorCode ?? null, caller.sourceIp, caller.requestId, who.sessionId, who.roleSessionName, who.accessKeyId,
        who.webIdentitySubject, who.webIdentityIssuer, entry.details == null ? null : JSON.stringify(entry.details),
      ],
    };
    // The unit's writes ride in the same statement (see SqlWrite): one round trip for all.
    const riders = entry.outcome === 'SUCCESS' ? uow.recordWrites() : uow.keptWrites();
    const { sql, params } = withRiders(record, riders);
    await em.query(sql, [...params]);
  }

  /** Newest first, keyset-paginated on id. Filters are bounded: an ARN 2,048 characters, an action 256. */
  async list(em: EntityManager, filter: AuditFilter, limit: number, beforeId: string | null): Promise<AuditEventEntity[]> {
    const qb = this.filtered(em, filter).orderBy('e.id', 'DESC').limit(limit);
    if (beforeId) qb.andWhere('e.id < :before', { before: beforeId });
    return qb.getMany();
  }

  /** How many events `list` pages through with this filter: one COUNT. */
  count(em: EntityManager, filter: AuditFilter): Promise<number> {
    return this.filtered(em, filter).getCount();
  }

  private filtered(em: EntityManager, filter: AuditFilter) {
    if (filter.principalArn && filter.principalArn.length > 2048) throw Errors.badInput('principalArn', 'Invalid principalArn: at most 2048 characters');
    if (filter.action && filter.action.length > 256) throw Errors.badInput('action', 'Invalid action: at most 256 characters');
    const qb = em.createQueryBuilder(AuditEventEntity, 'e');
    if (filter.principalArn) qb.andWhere('e.principal_arn = :p', { p: filter.principalArn });
    if (filter.action) qb.andWhere('lower(e.action) = lower(:a)', { a: filter.action });
    if (filter.sessionId) qb.andWhere('e.session_id = :sid', { sid: filter.sessionId });
    if (filter.since) qb.andWhere('e.event_time >= :since', { since: filter.since });
    if (filter.until) qb.andWhere('e.event_time < :until', { until: filter.until });
    return qb;
  }
}
