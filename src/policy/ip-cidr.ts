/**
 * IPv4/IPv6 addresses and CIDR ranges for IpAddress / NotIpAddress ("IAM JSON policy elements:
 * Condition operators", IP address condition operators). Addresses are four 32-bit words and ranges
 * compare by bit mask, so `/22`, `::` compression and any letter case work. An IPv4 address never
 * matches an IPv6 range and vice versa. A value without a prefix is a single host (/32 or /128).
 */

export interface IpAddr {
  v6: boolean;
  w: [number, number, number, number];
}

export interface Cidr {
  v6: boolean;
  bits: number;
  net: [number, number, number, number];
  mask: [number, number, number, number];
}

const V4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function parseV4(s: string): number | undefined {
  const m = V4.exec(s);
  if (!m) return undefined;
  let n = 0;
  for (let i = 1; i <= 4; i++) {
    const o = +m[i];
    if (o > 255 || (m[i].length > 1 && m[i][0] === '0')) return undefined;
    n = n * 256 + o;
  }
  return n >>> 0;
}

function parseV6(s: string): [number, number, number, number] | undefined {
  if (!/^[0-9A-Fa-f:.]+$/.test(s)) return undefined;
  const dbl = s.indexOf('::');
  if (dbl >= 0 && s.indexOf('::', dbl + 1) >= 0) return undefined;
  const groups: number[] = [];
  const parseSide = (side: string): number[] | undefined => {
    if (side === '') return [];
    const out: number[] = [];
    const parts = side.split(':');
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (i === parts.length - 1 && p.includes('.')) {
        const v4 = parseV4(p);
        if (v4 === undefined) return undefined;
        out.push(v4 >>> 16, v4 & 0xffff);
      } else {
        if (!/^[0-9A-Fa-f]{1,4}$/.test(p)) return undefined;
        out.push(parseInt(p, 16));
      }
    }
    return out;
  };
  if (dbl >= 0) {
    const left = parseSide(s.slice(0, dbl));
    const right = parseSide(s.slice(dbl + 2));
    if (!left || !right || left.length + right.length > 7) return undefined;
    groups.push(...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right);
  } else {
    const all = parseSide(s);
    if (!all || all.length !== 8) return undefined;
    groups.push(...all);
  }
  return [
    ((groups[0] << 16) | groups[1]) >>> 0,
    ((groups[2] << 16) | groups[3]) >>> 0,
    ((groups[4] << 16) | groups[5]) >>> 0,
    ((groups[6] << 16) | groups[7]) >>> 0,
  ];
}

export function parseIp(s: string): IpAddr | undefined {
  if (typeof s !== 'string' || s.length > 64) return undefined;
  const v4 = parseV4(s);
  if (v4 !== undefined) return { v6: false, w: [v4, 0, 0, 0] };
  if (!s.includes(':')) return undefined;
  const w = parseV6(s);
  return w ? { v6: true, w } : undefined;
}

export function parseCidr(s: string): Cidr | undefined {
  if (typeof s !== 'string') return undefined;
  const slash = s.indexOf('/');
  const addr = parseIp(slash < 0 ? s : s.slice(0, slash));
  if (!addr) return undefined;
  const max = addr.v6 ? 128 : 32;
  let bits = max;
  if (slash >= 0) {
    const p = s.slice(slash + 1);
    if (!/^\d{1,3}$/.test(p)) return undefined;
    bits = +p;
    if (bits > max) return undefined;
  }
  const mask: [number, number, number, number] = [0, 0, 0, 0];
  let rest = bits;
  for (let i = 0; i < (addr.v6 ? 4 : 1); i++) {
    const b = Math.min(32, Math.max(0, rest));
    mask[i] = b === 0 ? 0 : (0xffffffff << (32 - b)) >>> 0;
    rest -= 32;
  }
  const net: [number, number, number, number] = [
    (addr.w[0] & mask[0]) >>> 0,
    (addr.w[1] & mask[1]) >>> 0,
    (addr.w[2] & mask[2]) >>> 0,
    (addr.w[3] & mask[3]) >>> 0,
  ];
  return { v6: addr.v6, bits, net, mask };
}

export function cidrContains(c: Cidr, ip: IpAddr): boolean {
  if (c.v6 !== ip.v6) return false;
  return (
    (ip.w[0] & c.mask[0]) >>> 0 === c.net[0] &&
    (ip.w[1] & c.mask[1]) >>> 0 === c.net[1] &&
    (ip.w[2] & c.mask[2]) >>> 0 === c.net[2] &&
    (ip.w[3] & c.mask[3]) >>> 0 === c.net[3]
  );
}
