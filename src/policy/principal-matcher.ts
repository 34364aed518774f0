/**
 * Principal / NotPrincipal of trust policies ("AWS JSON policy elements: Principal"):
 *  - `"*"` (or `{"AWS": "*"}`) is everyone;
 *  - an account id `123456789012` or `arn:aws:iam::123456789012:root` is the whole account;
 *  - a user/role ARN is that principal (a role also matches its sessions when the caller passes the
 *    role ARN among its identifiers);
 *  - Federated: an identity-provider ARN or name (`cognito-identity.amazonaws.com`);
 *  - Service: a service principal (`ec2.amazonaws.com`).
 * Resource-based policies use the same element ("Policy evaluation logic"): there the caller
 * offers its own ARN (user or role session), its role's ARN and its account, and, for a
 * federated session, its identity providers (`federated`).
 * Principal ARNs take no wildcards other than the lone `*`.
 */
import { PrincipalElement, TrustPrincipal } from './types';

export interface CompiledPrincipal {
  everyone: boolean;
  aws: Set<string>;
  accounts: Set<string>;
  federated: Set<string>;
  service: Set<string>;
  canonical: Set<string>;
}

const ACCOUNT = /^\d{12}$/;
const ROOT = /^arn:aws[a-z-]*:iam::(\d{12}):root$/;

export function compilePrincipal(el: PrincipalElement): CompiledPrincipal {
  const p: CompiledPrincipal = {
    everyone: el.wildcard,
    aws: new Set(),
    accounts: new Set(),
    federated: new Set(),
    service: new Set(),
    canonical: new Set(),
  };
  for (const e of el.entries) {
    for (const { value } of e.values) {
      if (e.type === 'AWS') {
        if (value === '*') p.everyone = true;
        else if (ACCOUNT.test(value)) p.accounts.add(value);
        else {
          const root = ROOT.exec(value);
          if (root) p.accounts.add(root[1]);
          else p.aws.add(value);
        }
      } else if (e.type === 'Federated') p.federated.add(value);
      else if (e.type === 'Service') p.service.add(value);
      else if (e.type === 'CanonicalUser') p.canonical.add(value);
    }
  }
  return p;
}

/** Account id of an IAM/STS ARN, or the id itself. */
function accountOf(id: string): string | undefined {
  if (ACCOUNT.test(id)) return id;
  if (!id.startsWith('arn:')) return undefined;
  const parts = id.split(':', 5);
  return parts.length === 5 && ACCOUNT.test(parts[4]) ? parts[4] : undefined;
}

export function principalMatches(p: CompiledPrincipal, who: TrustPrincipal): boolean {
  if (p.everyone) return true;
  const ids: string[] = [];
  if (who.arn) ids.push(who.arn);
  if (who.identifiers) ids.push(...who.identifiers);
  if (who.federated) for (const f of who.federated) if (p.federated.has(f)) return true;
  for (const id of ids) {
    switch (who.type) {
      case 'AWS': {
        if (p.aws.has(id)) return true;
        const acct = accountOf(id);
        if (acct !== undefined && p.accounts.has(acct)) return true;
        break;
      }
      case 'Federated':
        if (p.federated.has(id)) return true;
        break;
      case 'Service':
        if (p.service.has(id)) return true;
        break;
      case 'CanonicalUser':
        if (p.canonical.has(id)) return true;
        break;
    }
  }
  return false;
}
