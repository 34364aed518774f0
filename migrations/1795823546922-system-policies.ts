import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The system (AWS managed) policies, with AWS's ARNs, ids, default version ids and documents as
 * published in the AWS Managed Policy Reference
 * (https://docs.aws.amazon.com/aws-managed-policy/latest/reference/<Name>.html).
 * They are read-only: the API refuses versions and deletes on arn:aws:iam::aws:policy/….
 */
export const SYSTEM_POLICIES: ReadonlyArray<{
  name: string;
  policyId: string;
  versionId: string;
  description: string;
  document: unknown;
}> = [
  {
    name: 'AdministratorAccess',
    policyId: 'ANPAIWMBCKSKIEE64ZLYK',
    versionId: 'v1',
    description: 'Provides full access to AWS services and resources.',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
  },
  {
    name: 'IAMFullAccess',
    policyId: 'ANPAI7XKCFMBPM3QQRRVQ',
    versionId: 'v2',
    description: 'Provides full access to IAM via the AWS Management Console.',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: [
            'iam:*',
            'organizations:DescribeAccount',
            'organizations:DescribeOrganization',
            'organizations:DescribeOrganizationalUnit',
            'organizations:DescribePolicy',
            'organizations:ListChildren',
            'organizations:ListParents',
            'organizations:ListPoliciesForTarget',
            'organizations:ListRoots',
            'organizations:ListPolicies',
            'organizations:ListTargetsForPolicy',
          ],
          Resource: '*',
        },
      ],
    },
  },
  {
    name: 'IAMReadOnlyAccess',
    policyId: 'ANPAJKSO7NDY4T57MWDSQ',
    versionId: 'v4',
    description: 'Provides read only access to IAM via the AWS Management Console.',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: [
            'iam:GenerateCredentialReport',
            'iam:GenerateServiceLastAccessedDetails',
            'iam:Get*',
            'iam:List*',
            'iam:SimulateCustomPolicy',
            'iam:SimulatePrincipalPolicy',
          ],
          Resource: '*',
        },
      ],
    },
  },
  {
    name: 'IAMUserChangePassword',
    policyId: 'ANPAJ4L4MM2A7QIEB56MS',
    versionId: 'v3',
    description: 'Provides the ability for an IAM user to change their own password.',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['iam:ChangePassword'],
          Resource: ['arn:aws:iam::*:user/${aws:username}', 'arn:aws:iam::*:user/*/${aws:username}'],
        },
        { Effect: 'Allow', Action: ['iam:GetAccountPasswordPolicy'], Resource: '*' },
      ],
    },
  },
];

export class SystemPolicies1795823546922 implements MigrationInterface {
  name = 'SystemPolicies1795823546922';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const p of SYSTEM_POLICIES) {
      const arn = `arn:aws:iam::aws:policy/${p.name}`;
      const next = Number(p.versionId.slice(1)) + 1;
      await queryRunner.query(
        `INSERT INTO "managed_policies" (id, policy_id, arn, policy_name, policy_name_lower, path, description, is_aws_managed, default_version_id, next_version_number, create_date, update_date)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, '/', $5, true, $6, $7, now(), now())`,
        [p.policyId, arn, p.name, p.name.toLowerCase(), p.description, p.versionId, next],
      );
      await queryRunner.query(
        `INSERT INTO "managed_policy_versions" (id, policy_row_id, version_id, document, create_date)
         SELECT gen_random_uuid(), id, $2, $3, now() FROM "managed_policies" WHERE arn = $1`,
        [arn, p.versionId, JSON.stringify(p.document, null, 2)],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "managed_policies" WHERE is_aws_managed = true`);
  }
}
