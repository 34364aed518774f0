import { assertFetchableHost, isPublicAddress } from '../../src/roles/oidc-url';

describe('OIDC fetches go to public addresses only (SSRF)', () => {
  test.each([
    ['10.1.2.3', false],
    ['172.20.0.1', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['127.0.0.1', false],
    ['100.64.0.1', false],
    ['::1', false],
    ['fd00::1', false],
    ['fe80::1', false],
    ['::ffff:10.0.0.1', false],
    ['8.8.8.8', true],
    ['2606:4700:4700::1111', true],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  test('a private literal host is refused; loopback only when insecure OIDC is allowed', async () => {
    await expect(assertFetchableHost('10.0.0.5', false)).rejects.toThrow();
    await expect(assertFetchableHost('[fd12::1]', true)).rejects.toThrow();
    await expect(assertFetchableHost('127.0.0.1', false)).rejects.toThrow();
    await expect(assertFetchableHost('127.0.0.1', true)).resolves.toBeUndefined();
  });
});
