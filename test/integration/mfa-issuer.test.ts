import { ConfigError, loadConfig } from '../../src/config/config';
import { graphql } from '../generated';
import { uniqueName } from '../support/factories';
import { dataOf, present, useTestServer } from '../support/server';

const CREATE = graphql(`
  mutation CreateVirtualMfaDeviceWithQrCodes($n: String!) {
    createVirtualMfaDevice(input: { virtualMfaDeviceName: $n }) {
      virtualMfaDevice {
        base32StringSeed
        otpauthUri
        qrCodeSvg
        qrCodePng
      }
    }
  }
`);

describe('TOTP issuer (IAM_TOTP_ISSUER) and the QR code as a PNG', () => {
  const s = useTestServer({ IAM_TOTP_ISSUER: 'Acme Console' });

  test('the otpauth URI names the configured issuer, in its label and its issuer parameter', async () => {
    const res = await s.gql(CREATE, { n: uniqueName('phone') }, await s.adminToken());
    expect(res.errors).toBeUndefined();
    const d = present(dataOf(res).createVirtualMfaDevice?.virtualMfaDevice, 'the created device');
    expect(d.otpauthUri).toBe(
      `otpauth://totp/Acme%20Console:admin?secret=${d.base32StringSeed}&issuer=Acme%20Console&algorithm=SHA1&digits=6&period=30`,
    );
  });

  test('qrCodePng is a PNG data URL', async () => {
    const res = await s.gql(CREATE, { n: uniqueName('phone') }, await s.adminToken());
    const png = present(dataOf(res).createVirtualMfaDevice?.virtualMfaDevice, 'the created device').qrCodePng;
    const m = /^data:image\/png;base64,([A-Za-z0-9+/]+=*)$/.exec(png);
    expect(m).not.toBeNull();
    const bytes = Buffer.from(m![1]!, 'base64');
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // IHDR: a square image, large enough for a phone's camera.
    const width = bytes.readUInt32BE(16);
    expect(bytes.readUInt32BE(20)).toBe(width);
    expect(width).toBeGreaterThanOrEqual(150);
  });

  test('an issuer with a colon, or too long, stops the start naming the variable', () => {
    for (const bad of ['Acme:Console', 'x'.repeat(65)]) {
      expect(() => loadConfig({ IAM_TOTP_ISSUER: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ IAM_TOTP_ISSUER: bad })).toThrow(/IAM_TOTP_ISSUER/);
    }
  });
});
