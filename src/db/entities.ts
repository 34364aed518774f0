import { AuditEventEntity } from '../audit/audit-event.entity';
import { LoginProfileEntity } from '../credentials/login-profile.entity';
import { SessionEntity } from '../credentials/session.entity';
import { GroupMembershipEntity } from '../identity/group-membership.entity';
import { GroupEntity } from '../identity/group.entity';
import { UserEntity } from '../identity/user.entity';

/** Every entity of the service; each domain adds its own here. */
export const entities = [
  UserEntity,
  GroupEntity,
  GroupMembershipEntity,
  LoginProfileEntity,
  SessionEntity,
  AuditEventEntity,
];
