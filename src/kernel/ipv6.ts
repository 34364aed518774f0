/** The eight 16-bit groups of an IPv6 address (`::` expanded, a dotted IPv4 tail and a zone allowed), or null. */
export function ipv6Groups(ip: string): number[] | null {
  let addr = ip.split('%')[0]!.toLowerCase();
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(addr);
  if (dotted) {
    const b = dotted[2]!.split('.').map(Number);
    if (b.some((x) => x > 255)) return null;
    addr = `${dotted[1]}${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const parts = addr.split('::');
  if (parts.length > 2) return null;
  const parse = (part: string | undefined) => (part ? part.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)) : []);
  const h = parse(parts[0]);
  const t = parse(parts[1]);
  const groups = parts.length === 1 ? h : [...h, ...Array(Math.max(0, 8 - h.length - t.length)).fill(0), ...t];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g)) ? groups : null;
}
