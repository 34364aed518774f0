import { isIP } from 'node:net';
import { ipv6Groups } from '../kernel/ipv6';

/**
 * IAM_TRUST_PROXY: whose X-Forwarded-For is believed for aws:SourceIp and the guessing limits
 * (Express's "trust proxy"). `off`, a number of proxy hops, or a comma-separated list of the
 * proxies' addresses, CIDR ranges and Express's names (loopback, linklocal, uniquelocal).
 *
 * A list that trusts everyone (0.0.0.0/0, ::/0, ::ffff:0:0/96, 0.0.0.0/1 and 128.0.0.0/1, …) lets
 * every client choose its own address: its aws:SourceIp conditions and per-source limits would
 * mean nothing. Refused: any IPv4 range wider than a /8 (the widest private range), any IPv6 range
 * wider than a /7 (uniquelocal), and any IPv6 range that holds more than a /8 of IPv4-mapped
 * addresses (Express checks an IPv4 peer against IPv6 ranges as ::ffff:a.b.c.d).
 * Returns the value for Express, or an error message (never echoing the value).
 */
export function parseTrustProxy(raw: string): { value: false | number | string } | { error: string } {
  const v = raw.trim();
  if (v === 'off') return { value: false };
  if (/^\d{1,2}$/.test(v)) return { value: Number(v) };
  const entries = v.split(',').map((e) => e.trim());
  if (entries.length > 64) return { error: 'at most 64 entries' };
  for (const entry of entries) {
    if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) continue;
    const m = /^([0-9a-fA-F.:]+)(?:\/(\d{1,3}))?$/.exec(entry);
    const family = m ? isIP(m[1]!) : 0;
    if (!m || family === 0) return { error: 'must be off, a number of proxy hops, or a comma-separated list of proxy addresses/CIDRs (or loopback, linklocal, uniquelocal)' };
    const bits = m[2] === undefined ? (family === 4 ? 32 : 128) : Number(m[2]);
    if (bits > (family === 4 ? 32 : 128)) return { error: 'a CIDR prefix is longer than the address' };
    if (trustsTooMany(m[1]!, family, bits)) {
      return { error: 'trusts (nearly) every address: any client could then set its own aws:SourceIp through X-Forwarded-For. List your proxies\' addresses (at most a /8 of IPv4 or a /7 of IPv6)' };
    }
  }
  return { value: entries.join(', ') };
}

function trustsTooMany(address: string, family: number, bits: number): boolean {
  if (family === 4) return bits < 8;
  if (bits < 7) return true;
  // Overlap with ::ffff:0:0/96 (IPv4-mapped): the first min(bits, 96) bits must match it.
  const groups = ipv6Groups(address);
  if (!groups) return true;
  const mapped = [0, 0, 0, 0, 0, 0xffff];
  const common = Math.min(bits, 96);
  for (let bit = 0; bit < common; bit++) {
    const g = Math.floor(bit / 16);
    const mask = 0x8000 >> (bit % 16);
    if ((groups[g]! & mask) !== (mapped[g]! & mask)) return false;
  }
  return bits < 104;
}
