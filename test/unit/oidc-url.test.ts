import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isPublicAddress, type ResolvedAddress,resolveFetchableAddress } from '../../src/roles/oidc-url';
import { fetchJsonPinned, OidcFetchError } from '../../src/roles/pinned-fetch';

/** IANA's IPv4 and IPv6 Special-Purpose Address Registries: what is not globally reachable is refused. */
describe('OIDC fetches go to public addresses only (SSRF)', () => {
  test.each([
    // IPv4
    ['0.0.0.0', false],
    ['10.1.2.3', false],
    ['100.64.0.1', false],
    ['127.0.0.1', false],
    ['169.254.169.254', false],
    ['172.20.0.1', false],
    ['192.0.0.170', false],
    ['192.0.2.10', false],
    ['192.88.99.1', false],
    ['192.168.1.1', false],
    ['198.19.0.1', false],
    ['198.51.100.7', false],
    ['203.0.113.9', false],
    ['224.0.0.251', false],
    ['255.255.255.255', false],
    ['8.8.8.8', true],
    ['1.1.1.1', true],
    // IPv6
    ['::', false],
    ['::1', false],
    ['::127.0.0.1', false], // IPv4-compatible (::/96)
    ['::a00:1', false],
    ['::ffff:10.0.0.1', false], // IPv4-mapped: the IPv4 address decides
    ['::ffff:7f00:1', false],
    ['::FFFF:A9FE:A9FE', false],
    ['::ffff:0:a00:1', false], // IPv4-translated
    ['64:ff9b::a00:1', false], // NAT64
    ['64:ff9b:1::a00:1', false], // local-use NAT64
    ['100::1', false],
    ['2001::1', false], // Teredo
    ['2001:db8::1', false],
    ['2002:a00:1::1', false], // 6to4 of 10.0.0.1
    ['2002:808:808::1', false], // 6to4 of a public address: still a tunnel, refused
    ['3fff::1', false],
    ['5f00::1', false],
    ['fd00::1', false],
    ['fe80::1', false],
    ['fec0::1', false], // site-local
    ['ff02::1', false],
    ['::ffff:8.8.8.8', true],
    ['2606:4700:4700::1111', true],
    ['2a00:1450:4001:80b::200e', true],
    ['not-an-address', false],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  test('a host is refused when any address it resolves to is not public; loopback only when insecure OIDC is allowed', async () => {
    const resolver = (addresses: string[]) => async () => addresses.map((address) => ({ address, family: (address.includes(':') ? 6 : 4) as 4 | 6 }));
    await expect(resolveFetchableAddress('10.0.0.5', false)).rejects.toThrow();
    await expect(resolveFetchableAddress('[fd12::1]', true)).rejects.toThrow();
    await expect(resolveFetchableAddress('127.0.0.1', false)).rejects.toThrow();
    await expect(resolveFetchableAddress('127.0.0.1', true)).resolves.toEqual({ address: '127.0.0.1', family: 4 });
    await expect(resolveFetchableAddress('idp.example.com', false, resolver(['8.8.8.8', '10.0.0.1']))).rejects.toThrow();
    await expect(resolveFetchableAddress('idp.example.com', false, resolver([]))).rejects.toThrow();
    await expect(resolveFetchableAddress('idp.example.com', false, resolver(['2606:4700::1', '8.8.8.8']))).resolves.toEqual({ address: '2606:4700::1', family: 6 });
  });
});

describe('fetchJsonPinned connects to the address it checked, and to no other', () => {
  let server: Server;
  let port: number;
  let requests = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests++;
      if (req.url === '/redirect') return void res.writeHead(302, { location: '/doc' }).end();
      if (req.url === '/big') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ pad: 'x'.repeat(5000) }));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ host: req.headers.host }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections?.();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  /** A resolver that answers `answers` in turn (a DNS name that rebinds) and counts its lookups. */
  function rebinding(...answers: string[]) {
    const r = {
      lookups: 0,
      resolve: async (): Promise<ResolvedAddress[]> => {
        const address = answers[Math.min(r.lookups++, answers.length - 1)]!;
        return [{ address, family: 4 }];
      },
    };
    return r;
  }
  const options = (resolve?: () => Promise<ResolvedAddress[]>) => ({ timeoutMs: 5000, maxBytes: 1024, allowInsecure: true, resolve });

  test('one lookup per fetch; the request goes to the checked address with the original Host', async () => {
    const dns = rebinding('127.0.0.1', '10.0.0.1');
    await expect(fetchJsonPinned(`http://localhost:${port}/doc`, options(dns.resolve))).resolves.toEqual({ host: `localhost:${port}` });
    expect(dns.lookups).toBe(1);
  });

  test('the connection uses the checked address, not a lookup of its own', async () => {
    // localhost resolves to 127.0.0.1 for the system; the checked answer (127.0.0.3) has no server.
    const before = requests;
    await expect(fetchJsonPinned(`http://localhost:${port}/doc`, options(rebinding('127.0.0.3').resolve))).rejects.toThrow(OidcFetchError);
    expect(requests).toBe(before);
  });

  test('a host that resolves to a private address is refused before any connection', async () => {
    const before = requests;
    await expect(fetchJsonPinned(`http://localhost:${port}/doc`, options(rebinding('10.0.0.1').resolve))).rejects.toThrow('host not allowed');
    expect(requests).toBe(before);
  });

  test('no redirect is followed; a body over the limit is refused; http only on loopback when allowed', async () => {
    await expect(fetchJsonPinned(`http://127.0.0.1:${port}/redirect`, options())).rejects.toThrow('HTTP 302');
    await expect(fetchJsonPinned(`http://127.0.0.1:${port}/big`, options())).rejects.toThrow('response too large');
    await expect(fetchJsonPinned(`http://127.0.0.1:${port}/doc`, { ...options(), allowInsecure: false })).rejects.toThrow('URL not allowed');
  });
});
