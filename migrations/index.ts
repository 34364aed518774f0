import { Foundation1795822789554 } from './1795822789554-foundation';
import { PolicyStore1795823546921 } from './1795823546921-policy-store';
import { SystemPolicies1795823546922 } from './1795823546922-system-policies';
import { CredentialsMfa1795823717215 } from './1795823717215-credentials-mfa';
import { Roles1795823789929 } from './1795823789929-roles';
import { TrustPrincipalIds1796165894393 } from './1796165894393-trust-principal-ids';

/** Every migration, oldest first: explicit imports so they load the same under tsc, swc and jest. */
export const migrations: Function[] = [Foundation1795822789554, PolicyStore1795823546921, SystemPolicies1795823546922, CredentialsMfa1795823717215, Roles1795823789929, TrustPrincipalIds1796165894393];
