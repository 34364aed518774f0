/** One row of the credential report as the API returns it (DateTime as ISO strings). */
export interface ReportRow {
  user: string;
  arn: string;
  userCreationTime: string;
  passwordEnabled: boolean;
  passwordLastUsed?: string | null;
  passwordLastChanged?: string | null;
  passwordNextRotation?: string | null;
  mfaActive: boolean;
  accessKey1Active: boolean;
  accessKey1LastRotated?: string | null;
  accessKey1LastUsedDate?: string | null;
  accessKey2Active: boolean;
  accessKey2LastRotated?: string | null;
  accessKey2LastUsedDate?: string | null;
}

/** AWS's column names and order ("Getting credential reports", the subset this API reports). */
const COLUMNS: ReadonlyArray<[string, keyof ReportRow]> = [
  ['user', 'user'],
  ['arn', 'arn'],
  ['user_creation_time', 'userCreationTime'],
  ['password_enabled', 'passwordEnabled'],
  ['password_last_used', 'passwordLastUsed'],
  ['password_last_changed', 'passwordLastChanged'],
  ['password_next_rotation', 'passwordNextRotation'],
  ['mfa_active', 'mfaActive'],
  ['access_key_1_active', 'accessKey1Active'],
  ['access_key_1_last_rotated', 'accessKey1LastRotated'],
  ['access_key_1_last_used_date', 'accessKey1LastUsedDate'],
  ['access_key_2_active', 'accessKey2Active'],
  ['access_key_2_last_rotated', 'accessKey2LastRotated'],
  ['access_key_2_last_used_date', 'accessKey2LastUsedDate'],
];

/** A field as RFC 4180 wants it; a value a spreadsheet would run as a formula gets a leading quote. */
function cell(v: string | boolean | null | undefined): string {
  let s = v === null || v === undefined ? 'N/A' : String(v);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The report as CSV, AWS's header first, CRLF line ends (RFC 4180). */
export function credentialReportCsv(rows: readonly ReportRow[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const r of rows) lines.push(COLUMNS.map(([, key]) => cell(r[key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
