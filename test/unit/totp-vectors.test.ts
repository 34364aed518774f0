import { hkdfSync, randomBytes } from 'node:crypto';
import { newSeed, SeedCipher, type SeedCiphertext } from '../../src/mfa/seed-cipher';
import { matchTotpStep, otpauthUri, seedToBase32, timeStepAt, totpCode } from '../../src/mfa/totp';

// RFC 4226 Appendix D and RFC 6238 Appendix B, secret "12345678901234567890" (SHA-1).
const SECRET = new TextEncoder().encode('12345678901234567890');
void hkdfSync;

describe('TOTP through our code path', () => {
  test('RFC 4226 HOTP vectors: a TOTP step is the HOTP counter', async () => {
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    for (let counter = 0; counter < expected.length; counter++) {
      expect(await totpCode(SECRET, counter)).toBe(expected[counter]);
    }
  });

  test('RFC 6238 SHA-1 vectors (last 6 of the 8 published digits: truncation is mod 10^digits)', async () => {
    const vectors: Array<[number, string]> = [
      [59, '94287082'], [1111111109, '07081804'], [1111111111, '14050471'],
      [1234567890, '89005924'], [2000000000, '69279037'], [20000000000, '65353130'],
    ];
    for (const [time, code8] of vectors) {
      expect(await totpCode(SECRET, timeStepAt(time))).toBe(code8.slice(2));
      expect(await matchTotpStep(SECRET, code8.slice(2), timeStepAt(time))).toBe(timeStepAt(time));
    }
  });

  test('at most one step of skew is accepted', async () => {
    const center = timeStepAt(1_700_000_000);
    for (const offset of [-1, 0, 1]) expect(await matchTotpStep(SECRET, await totpCode(SECRET, center + offset), center)).toBe(center + offset);
    for (const offset of [-3, -2, 2, 3]) expect(await matchTotpStep(SECRET, await totpCode(SECRET, center + offset), center)).toBeNull();
    expect(await matchTotpStep(SECRET, '12345', center)).toBeNull();
    expect(await matchTotpStep(SECRET, 'abcdef', center)).toBeNull();
  });

  test('the otpauth URI spells out SHA1, 6 digits and 30 s with issuer and label', () => {
    const uri = otpauthUri('IAM 000000000000', 'alice', SECRET as never);
    expect(uri).toBe(`otpauth://totp/IAM%20000000000000:alice?secret=${seedToBase32(SECRET as never)}&issuer=IAM%20000000000000&algorithm=SHA1&digits=6&period=30`);
  });
});

describe('seed encryption at rest', () => {
  const cipher = new SeedCipher(randomBytes(32));
  const serial = 'arn:aws:iam::000000000000:mfa/alice';

  test('round-trips a 20-byte seed and never stores it in the clear', () => {
    const seed = newSeed();
    expect(seed.length).toBe(20);
    const ct = cipher.encrypt(seed, serial);
    expect(ct).not.toContain(Buffer.from(seed).toString('base64'));
    expect(Buffer.from(cipher.decrypt(ct, serial))).toEqual(Buffer.from(seed));
  });

  test('refuses a ciphertext moved to another device, altered, or under another key', () => {
    const ct = cipher.encrypt(newSeed(), serial);
    expect(() => cipher.decrypt(ct, 'arn:aws:iam::000000000000:mfa/bob')).toThrow();
    const raw = Buffer.from(ct.slice(3), 'base64');
    raw[raw.length - 1]! ^= 1;
    expect(() => cipher.decrypt(`v1:${raw.toString('base64')}` as SeedCiphertext, serial)).toThrow();
    expect(() => new SeedCipher(randomBytes(32)).decrypt(ct, serial)).toThrow();
  });
});
