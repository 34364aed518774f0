import { signIn } from './client';

/**
 * node -r @swc-node/register examples/typed-client/src/main.ts URL USER_NAME [TOTP_SEED]
 * The password comes from IAM_PASSWORD (not the command line, where `ps` would show it).
 */
async function main(): Promise<void> {
  const [url, userName, seed] = process.argv.slice(2);
  const password = process.env.IAM_PASSWORD;
  if (!url || !userName || !password) {
    console.error('usage: IAM_PASSWORD=… main.ts http://127.0.0.1:4000/graphql USER_NAME [TOTP_SEED_BASE32]');
    process.exit(2);
  }
  const s = await signIn(url, userName, password, seed);
  console.log(`Signed in as ${s.arn} (MFA: ${s.mfaAuthenticated}), until ${s.expiresAt}.`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
