import { isIP } from 'node:net';
import { sha256Hex } from '../kernel/ids';
import { ipv6Groups } from '../kernel/ipv6';

/** The factors whose guesses are counted. */
export type Factor = 'password' | 'mfa' | 'access-key';

/**
 * One check of one factor from one source, and the counters it is counted on:
 *  - `pair`: the factor of this account (or this access key) from this source: consecutive
 *    failures, exponential backoff, reset by a success from the same source (NIST SP 800-63B:
 *    "disregard any previous failed attempts for that user from the same IP address");
 *  - `account`: every failure of the factor for the account, from any source, in a window: the
 *    ceiling that a distributed attack reaches (none for access keys, which are never locked);
 *  - `source`: every failure from the source, for any account, in a window (spraying).
 * A counter row holds its user's id (null for unknown names and addresses) so it goes with the user.
 */
export interface AttemptCheck {
  factor: Factor;
  userId: string | null;
  pair: string | null;
  account: string | null;
  source: string | null;
}

/**
 * The source a counter is kept for: an IPv4 address, or the /64 of an IPv6 address (one
 * subscriber usually holds a whole /64, so single IPv6 addresses would cost an attacker nothing).
 */
export function sourceOf(ip: string | null): string | null {
  if (!ip) return null;
  if (isIP(ip) !== 6) return ip;
  const groups = ipv6Groups(ip);
  return groups ? `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64` : ip;
}


const pairOf = (subject: string, source: string | null) => (source ? `${subject}#${source}` : null);

/**
 * The checks of every factor path. `#` never occurs in a user id, a hashed name or an address,
 * so pair keys cannot collide with account keys.
 */
export const attemptChecks = {
  password(userId: string, ip: string | null): AttemptCheck {
    const account = `password:user:${userId}`;
    const source = sourceOf(ip);
    return { factor: 'password', userId, account, pair: pairOf(account, source), source: source && `ip:${source}` };
  },

  /** A name no user has: throttled like a user's password (same statements), so nothing tells them apart. */
  unknownUserPassword(userName: string, ip: string | null): AttemptCheck {
    const account = `password:name:${sha256Hex(userName.toLowerCase()).slice(0, 32)}`;
    const source = sourceOf(ip);
    return { factor: 'password', userId: null, account, pair: pairOf(account, source), source: source && `ip:${source}` };
  },

  /** `countSource: false` where the same request's first factor already counted the address. */
  mfa(userId: string, ip: string | null, countSource = true): AttemptCheck {
    const account = `mfa:user:${userId}`;
    const source = sourceOf(ip);
    return { factor: 'mfa', userId, account, pair: pairOf(account, source), source: countSource && source ? `ip:${source}` : null };
  },

  /**
   * A passkey sign-in: a guess at the credential's user's second factor, counted as codes are
   * (attemptChecks.mfa). A credential no one has is counted for its source only.
   */
  passkey(userId: string | null, ip: string | null): AttemptCheck {
    if (userId) return attemptChecks.mfa(userId, ip);
    const source = sourceOf(ip);
    return { factor: 'mfa', userId: null, account: null, pair: null, source: source && `ip:${source}` };
  },

  /** Access keys are never locked (AWS does not lock them): guessing is throttled per source only. */
  accessKey(accessKeyId: string, userId: string | null, ip: string | null): AttemptCheck {
    const source = sourceOf(ip);
    const subject = `access-key:${accessKeyId.slice(0, 128)}`;
    return { factor: 'access-key', userId, account: null, pair: pairOf(subject, source ?? 'unknown'), source: source && `ip:${source}` };
  },
};
