/**
 * ARN formats of IAM and STS, exactly as AWS writes them:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns
 */
export const arn = {
  user: (account: string, path: string, name: string) => `arn:aws:iam::${account}:user${path}${name}`,
  group: (account: string, path: string, name: string) => `arn:aws:iam::${account}:group${path}${name}`,
  role: (account: string, path: string, name: string) => `arn:aws:iam::${account}:role${path}${name}`,
  policy: (account: string, path: string, name: string) => `arn:aws:iam::${account}:policy${path}${name}`,
  awsPolicy: (path: string, name: string) => `arn:aws:iam::aws:policy${path}${name}`,
  mfa: (account: string, path: string, name: string) => `arn:aws:iam::${account}:mfa${path}${name}`,
  oidcProvider: (account: string, urlWithoutScheme: string) =>
    `arn:aws:iam::${account}:oidc-provider/${urlWithoutScheme}`,
  assumedRole: (account: string, roleName: string, sessionName: string) =>
    `arn:aws:sts::${account}:assumed-role/${roleName}/${sessionName}`,
  account: (account: string) => `arn:aws:iam::${account}:root`,
};

export interface ParsedIamArn {
  partition: string;
  service: string;
  account: string;
  /** user | group | role | policy | mfa | oidc-provider | assumed-role */
  resourceType: string;
  /** The path including leading and trailing slash ("/" by default). */
  path: string;
  name: string;
}

/** Parses arn:aws:iam::ACCOUNT:TYPE/PATH/NAME; null when it is not of that shape. */
export function parseIamArn(value: string): ParsedIamArn | null {
  const m = /^arn:(aws):(iam|sts)::(\d{12}|aws):([a-z-]+)(\/.*)$/.exec(value);
  if (!m) return null;
  const rest = m[5]!;
  if (m[4] === 'oidc-provider') {
    return { partition: m[1]!, service: m[2]!, account: m[3]!, resourceType: m[4]!, path: '/', name: rest.slice(1) };
  }
  const slash = rest.lastIndexOf('/');
  const name = rest.slice(slash + 1);
  if (!name) return null;
  return {
    partition: m[1]!,
    service: m[2]!,
    account: m[3]!,
    resourceType: m[4]!,
    path: rest.slice(0, slash + 1),
    name,
  };
}
