import { credentialReportCsv } from '../../console/src/admin/credential-csv';

/** The console's credential report download: AWS's columns, RFC 4180 quoting, no formula injection. */
describe('credential report as CSV', () => {
  const row = {
    user: 'alice',
    arn: 'arn:aws:iam::000000000000:user/alice',
    userCreationTime: '2026-12-01T10:00:00.000Z',
    passwordEnabled: true,
    passwordLastUsed: null,
    mfaActive: false,
    accessKey1Active: true,
    accessKey1LastRotated: '2026-12-02T10:00:00.000Z',
    accessKey2Active: false,
  };

  test("AWS's header, then one line per user, CRLF", () => {
    const [header, line, end] = credentialReportCsv([row]).split('\r\n');
    expect(header).toBe(
      'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,' +
        'access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,' +
        'access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date',
    );
    expect(line).toBe(
      'alice,arn:aws:iam::000000000000:user/alice,2026-12-01T10:00:00.000Z,true,N/A,N/A,N/A,false,' +
        'true,2026-12-02T10:00:00.000Z,N/A,false,N/A,N/A',
    );
    expect(end).toBe('');
  });

  test('quotes what needs quoting; a value a spreadsheet would run is made text', () => {
    const csv = credentialReportCsv([
      { ...row, user: 'a,"b"' },
      { ...row, user: '=cmd' },
    ]);
    expect(csv.split('\r\n')[1].startsWith('"a,""b""",')).toBe(true);
    expect(csv.split('\r\n')[2].startsWith("'=cmd,")).toBe(true);
  });
});
