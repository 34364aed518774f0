import { graphql } from '../generated';
import { createUserWithLogin } from '../support/factories';
import { ME } from '../support/operations';
import { codeOf, dataOf, useTestServer } from '../support/server';
import { passwordStep, registerKey, W, WEBAUTHN_ENV } from '../support/webauthn-api';

const DEACTIVATE = graphql(`
  mutation DeactivateInWebAuthnTests($i: DeactivateMfaDeviceInput!) {
    deactivateMfaDevice(input: $i) {
      serialNumber
    }
  }
`);

const EVENTS = graphql(`
  query AuditEventsInWebAuthnTests($a: String) {
    auditEvents(first: 50, action: $a) {
      edges {
        node {
          action
          resourceArn
          outcome
        }
      }
    }
  }
`);

describe('WebAuthn: removing a security key', () => {
  const s = useTestServer(WEBAUTHN_ENV);

  test('deactivating a key removes it and ends the sessions signed in with it; the same key can be registered again', async () => {
    const u = await createUserWithLogin(s);
    const { key, device } = await registerKey(s, u.userName, 'key');
    const step = await passwordStep(s, u.userName, u.password);
    const res = await s.gql(W.respond, { t: step.token, r: key.authenticate(step.optionsJson) });
    const session = dataOf(res).respondToMfaChallenge?.session?.token;
    expect((await s.gql(ME, {}, session)).errors).toBeUndefined();

    const admin = await s.adminToken();
    await s.ok(DEACTIVATE, { i: { userName: u.userName, serialNumber: device.serialNumber } }, admin);
    expect(codeOf(await s.gql(ME, {}, session))).toBe('UNAUTHENTICATED');
    expect(dataOf(await s.gql(W.devices, { n: u.userName }, admin)).user?.mfaDevices).toEqual([]);
    // No device left: the password alone signs in again, and the old response answers nothing.
    const login = await s.gql(W.login, { u: u.userName, p: u.password });
    expect(dataOf(login).login).toMatchObject({ status: 'SUCCESS', mfaChallenge: null });
    expect(codeOf(await s.gql(W.respond, { t: step.token, r: key.authenticate(step.optionsJson) }))).toBe('INVALID_CREDENTIALS');

    const options = await s.ok(W.options, { i: { userName: u.userName, deviceName: 'key' } }, admin);
    const again = await s.gql(
      W.complete,
      {
        i: { userName: u.userName, deviceName: 'key', responseJson: key.register(options.createWebAuthnRegistrationOptions!.optionsJson) },
      },
      admin,
    );
    expect(dataOf(again).completeWebAuthnRegistration?.mfaDevice.serialNumber).toBe(device.serialNumber);

    // The audit trail has the registration, the use and the removal, each on the user.
    const arn = `arn:aws:iam::000000000000:user/${u.userName}`;
    for (const action of ['iam:EnableMFADevice', 'signin:ConsoleLogin', 'iam:DeactivateMFADevice']) {
      const events = dataOf(await s.gql(EVENTS, { a: action }, admin)).auditEvents?.edges.map((e) => e.node);
      expect(events?.filter((e) => e.resourceArn === arn && e.outcome === 'SUCCESS').length).toBeGreaterThan(0);
    }
    const rows: Array<{ action: string; details: Record<string, unknown> }> = await s.app.dataSource.query(
      `SELECT action, details FROM audit_events WHERE resource_arn = $1 AND outcome = 'SUCCESS' AND details ? 'serialNumber' ORDER BY id`,
      [arn],
    );
    expect(rows.map((r) => [r.action, r.details.serialNumber])).toEqual([
      ['iam:EnableMFADevice', device.serialNumber],
      ['signin:ConsoleLogin', device.serialNumber],
      ['iam:DeactivateMFADevice', device.serialNumber],
      ['iam:EnableMFADevice', device.serialNumber],
    ]);
  });
});
