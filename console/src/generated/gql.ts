/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ConsoleStatement on EffectiveStatement {\n    sid\n    effect\n    actions\n    notActions\n    resources\n    notResources\n    condition\n    policySource {\n      type\n      policyName\n      policyId\n      viaGroup\n      statementIndex\n    }\n  }\n": typeof types.ConsoleStatementFragmentDoc,
    "\n  mutation ConsoleCreateUser($u: String!, $path: String) {\n    createUser(input: { userName: $u, path: $path }) {\n      user {\n        userName\n      }\n    }\n  }\n": typeof types.ConsoleCreateUserDocument,
    "\n  mutation ConsoleDeleteUser($u: String!) {\n    deleteUser(input: { userName: $u }) {\n      __typename\n    }\n  }\n": typeof types.ConsoleDeleteUserDocument,
    "\n  mutation ConsoleAddUserToGroup($g: String!, $u: String!) {\n    addUserToGroup(input: { groupName: $g, userName: $u }) {\n      __typename\n    }\n  }\n": typeof types.ConsoleAddUserToGroupDocument,
    "\n  mutation ConsoleRemoveUserFromGroup($g: String!, $u: String!) {\n    removeUserFromGroup(input: { groupName: $g, userName: $u }) {\n      __typename\n    }\n  }\n": typeof types.ConsoleRemoveUserFromGroupDocument,
    "\n  query ConsoleGroupChoices {\n    groups(first: 1000) {\n      edges {\n        node {\n          groupName\n        }\n      }\n    }\n  }\n": typeof types.ConsoleGroupChoicesDocument,
    "\n  query ConsoleGroupDetail($g: String!) {\n    group(groupName: $g) {\n      groupName\n      arn\n      path\n      createDate\n      users(first: 1000) {\n        edges {\n          node {\n            userName\n          }\n        }\n      }\n      attachedManagedPolicies {\n        policyName\n        policyArn\n      }\n      inlinePolicies {\n        policyName\n        policyDocument\n      }\n      effectivePermissions {\n        statements {\n          ...ConsoleStatement\n        }\n      }\n    }\n  }\n": typeof types.ConsoleGroupDetailDocument,
    "\n  query ConsoleRoleDetail($r: String!) {\n    role(roleName: $r) {\n      roleName\n      arn\n      path\n      createDate\n      description\n      maxSessionDuration\n      assumeRolePolicyDocument\n      tags {\n        key\n        value\n      }\n      attachedManagedPolicies {\n        policyName\n        policyArn\n      }\n      inlinePolicies {\n        policyName\n        policyDocument\n      }\n      permissionsBoundary {\n        permissionsBoundaryArn\n      }\n      effectivePermissions {\n        statements {\n          ...ConsoleStatement\n        }\n      }\n    }\n  }\n": typeof types.ConsoleRoleDetailDocument,
    "\n  mutation ConsoleAttachGroupPolicy($g: String!, $p: String!) {\n    attachGroupPolicy(input: { groupName: $g, policyArn: $p }) {\n      __typename\n    }\n  }\n": typeof types.ConsoleAttachGroupPolicyDocument,
    "\n  mutation ConsoleDetachGroupPolicy($g: String!, $p: String!) {\n    detachGroupPolicy(input: { groupName: $g, policyArn: $p }) {\n      __typename\n    }\n  }\n": typeof types.ConsoleDetachGroupPolicyDocument,
    "\n  mutation ConsoleAttachRolePolicy($r: String!, $p: String!) {\n    attachRolePolicy(input: { roleName: $r, policyArn: $p }) {\n      __typename\n    }\n  }\n": typeof types.ConsoleAttachRolePolicyDocument,
    "\n  mutation ConsoleDetachRolePolicy($r: String!, $p: String!) {\n    detachRolePolicy(input: { roleName: $r, policyArn: $p }) {\n      __typename\n    }\n  }\n": typeof types.ConsoleDetachRolePolicyDocument,
    "\n  query ConsoleCredentialReport {\n    credentialReport {\n      user\n      arn\n      userCreationTime\n      passwordEnabled\n      passwordLastUsed\n      passwordLastChanged\n      passwordNextRotation\n      mfaActive\n      accessKey1Active\n      accessKey1LastRotated\n      accessKey1LastUsedDate\n      accessKey2Active\n      accessKey2LastRotated\n      accessKey2LastUsedDate\n    }\n  }\n": typeof types.ConsoleCredentialReportDocument,
    "\n  mutation ConsoleCreateGroup($g: String!, $path: String) {\n    createGroup(input: { groupName: $g, path: $path }) {\n      group {\n        groupName\n      }\n    }\n  }\n": typeof types.ConsoleCreateGroupDocument,
    "\n  mutation ConsoleDeleteGroup($g: String!) {\n    deleteGroup(input: { groupName: $g }) {\n      __typename\n    }\n  }\n": typeof types.ConsoleDeleteGroupDocument,
    "\n  mutation ConsoleCreateRole($r: String!, $d: String!, $description: String) {\n    createRole(input: { roleName: $r, assumeRolePolicyDocument: $d, description: $description }) {\n      role {\n        roleName\n      }\n    }\n  }\n": typeof types.ConsoleCreateRoleDocument,
    "\n  mutation ConsoleDeleteRole($r: String!) {\n    deleteRole(input: { roleName: $r }) {\n      __typename\n    }\n  }\n": typeof types.ConsoleDeleteRoleDocument,
    "\n  mutation ConsolePutUserPolicy($e: String!, $n: String!, $d: String!) {\n    putUserPolicy(input: { userName: $e, policyName: $n, policyDocument: $d }) {\n      __typename\n    }\n  }\n": typeof types.ConsolePutUserPolicyDocument,
    "\n  mutation ConsoleDeleteUserPolicy($e: String!, $n: String!) {\n    deleteUserPolicy(input: { userName: $e, policyName: $n }) {\n      __typename\n    }\n  }\n": typeof types.ConsoleDeleteUserPolicyDocument,
    "\n  mutation ConsolePutGroupPolicy($e: String!, $n: String!, $d: String!) {\n    putGroupPolicy(input: { groupName: $e, policyName: $n, policyDocument: $d }) {\n      __typename\n    }\n  }\n": typeof types.ConsolePutGroupPolicyDocument,
    "\n  mutation ConsoleDeleteGroupPolicy($e: String!, $n: String!) {\n    deleteGroupPolicy(input: { groupName: $e, policyName: $n }) {\n      __typename\n    }\n  }\n": typeof types.ConsoleDeleteGroupPolicyDocument,
    "\n  mutation ConsolePutRolePolicy($e: String!, $n: String!, $d: String!) {\n    putRolePolicy(input: { roleName: $e, policyName: $n, policyDocument: $d }) {\n      __typename\n    }\n  }\n": typeof types.ConsolePutRolePolicyDocument,
    "\n  mutation ConsoleDeleteRolePolicy($e: String!, $n: String!) {\n    deleteRolePolicy(input: { roleName: $e, policyName: $n }) {\n      __typename\n    }\n  }\n": typeof types.ConsoleDeleteRolePolicyDocument,
    "\n  query ConsoleMe {\n    me {\n      arn\n      ... on User {\n        userName\n      }\n    }\n  }\n": typeof types.ConsoleMeDocument,
    "\n  mutation ConsoleLogin($u: String!, $p: String!) {\n    login(input: { userName: $u, password: $p, sessionDelivery: COOKIE }) {\n      status\n      mfaChallenge {\n        token\n        expiresAt\n        methods\n        webAuthnOptionsJson\n      }\n    }\n  }\n": typeof types.ConsoleLoginDocument,
    "\n  mutation ConsoleRespondToMfaChallenge($t: String!, $c: String!) {\n    respondToMfaChallenge(input: { challengeToken: $t, code: $c, sessionDelivery: COOKIE }) {\n      status\n    }\n  }\n": typeof types.ConsoleRespondToMfaChallengeDocument,
    "\n  mutation ConsoleLogout {\n    logout {\n      ok\n    }\n  }\n": typeof types.ConsoleLogoutDocument,
    "\n  query ConsolePasswordPolicy {\n    accountPasswordPolicy {\n      minimumPasswordLength\n      maximumPasswordLength\n      requireSymbols\n      requireNumbers\n      requireUppercaseCharacters\n      requireLowercaseCharacters\n      passwordReusePrevention\n      allowUsersToChangePassword\n    }\n  }\n": typeof types.ConsolePasswordPolicyDocument,
    "\n  mutation ConsoleChangePassword($old: String!, $new: String!) {\n    changePassword(input: { oldPassword: $old, newPassword: $new }) {\n      __typename\n    }\n  }\n": typeof types.ConsoleChangePasswordDocument,
    "\n  query ConsoleSessions {\n    sessions {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      sourceIp\n      userAgent\n      mfaAuthenticated\n      current\n    }\n  }\n": typeof types.ConsoleSessionsDocument,
    "\n  mutation ConsoleRevokeSession($id: ID!) {\n    revokeSession(input: { sessionId: $id }) {\n      sessionId\n    }\n  }\n": typeof types.ConsoleRevokeSessionDocument,
    "\n  query ConsoleMyCredentials {\n    me {\n      ... on User {\n        mfaDevices {\n          serialNumber\n          type\n          passkeySignIn\n          enableDate\n        }\n        accessKeys {\n          accessKeyId\n          status\n          createDate\n          lastUsedDate\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMyCredentialsDocument,
    "\n  mutation ConsoleCreateVirtualMfaDevice($n: String!) {\n    createVirtualMfaDevice(input: { virtualMfaDeviceName: $n }) {\n      virtualMfaDevice {\n        serialNumber\n        base32StringSeed\n        qrCodeSvg\n      }\n    }\n  }\n": typeof types.ConsoleCreateVirtualMfaDeviceDocument,
    "\n  mutation ConsoleEnableMfaDevice($s: String!, $a: String!, $b: String!) {\n    enableMfaDevice(input: { serialNumber: $s, authenticationCode1: $a, authenticationCode2: $b }) {\n      mfaDevice {\n        serialNumber\n        enableDate\n      }\n      recoveryCodes\n    }\n  }\n": typeof types.ConsoleEnableMfaDeviceDocument,
    "\n  mutation ConsoleGenerateRecoveryCodes {\n    generateRecoveryCodes(input: {}) {\n      recoveryCodes\n    }\n  }\n": typeof types.ConsoleGenerateRecoveryCodesDocument,
    "\n  mutation ConsoleCreateAccessKey {\n    createAccessKey(input: {}) {\n      accessKey {\n        accessKeyId\n        secretAccessKey\n        status\n        createDate\n      }\n    }\n  }\n": typeof types.ConsoleCreateAccessKeyDocument,
    "\n  query ConsoleAdminAccess {\n    users(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n    groups(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n    roles(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n    policies(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n    auditEvents(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ConsoleAdminAccessDocument,
    "\n  query ConsoleSimulatorAccess($a: String!) {\n    simulatePrincipalPolicy(input: { policySourceArn: $a, actionNames: [\"iam:GetUser\"] }) {\n      isTruncated\n    }\n  }\n": typeof types.ConsoleSimulatorAccessDocument,
    "\n  query ConsoleUsers($after: String) {\n    users(first: 50, after: $after) {\n      edges {\n        node {\n          name: userName\n          arn\n          path\n          createDate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleUsersDocument,
    "\n  query ConsoleGroups($after: String) {\n    groups(first: 50, after: $after) {\n      edges {\n        node {\n          name: groupName\n          arn\n          path\n          createDate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleGroupsDocument,
    "\n  query ConsoleRoles($after: String) {\n    roles(first: 50, after: $after) {\n      edges {\n        node {\n          name: roleName\n          arn\n          path\n          createDate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleRolesDocument,
    "\n  query ConsolePolicies($after: String) {\n    policies(first: 50, after: $after) {\n      edges {\n        node {\n          name: policyName\n          arn\n          path\n          createDate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsolePoliciesDocument,
    "\n  query ConsoleSimulate($i: SimulatePrincipalPolicyInput!) {\n    simulatePrincipalPolicy(input: $i) {\n      evaluationResults {\n        evalActionName\n        evalResourceName\n        evalDecision\n        explanation\n        missingContextValues\n        allowedByPermissionsBoundary\n        matchedStatements {\n          statementIndex\n          sid\n          effect\n          policySource {\n            type\n            policyId\n            policyName\n            viaGroup\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleSimulateDocument,
    "\n  query ConsoleUserDetail($u: String!) {\n    user(userName: $u) {\n      userName\n      arn\n      path\n      createDate\n      tags {\n        key\n        value\n      }\n      groups(first: 100) {\n        edges {\n          node {\n            groupName\n          }\n        }\n      }\n      attachedManagedPolicies {\n        policyName\n        policyArn\n      }\n      inlinePolicies {\n        policyName\n        policyDocument\n      }\n      permissionsBoundary {\n        permissionsBoundaryArn\n      }\n      effectivePermissions {\n        statements {\n          ...ConsoleStatement\n        }\n      }\n    }\n  }\n": typeof types.ConsoleUserDetailDocument,
    "\n  query ConsolePolicyChoices {\n    policies(first: 1000) {\n      edges {\n        node {\n          policyName\n          arn\n        }\n      }\n    }\n  }\n": typeof types.ConsolePolicyChoicesDocument,
    "\n  mutation ConsoleAttachUserPolicy($u: String!, $p: String!) {\n    attachUserPolicy(input: { userName: $u, policyArn: $p }) {\n      user {\n        userName\n      }\n    }\n  }\n": typeof types.ConsoleAttachUserPolicyDocument,
    "\n  mutation ConsoleDetachUserPolicy($u: String!, $p: String!) {\n    detachUserPolicy(input: { userName: $u, policyArn: $p }) {\n      user {\n        userName\n      }\n    }\n  }\n": typeof types.ConsoleDetachUserPolicyDocument,
    "\n  query ConsoleAuditEvents($after: String, $principalArn: String, $action: String, $since: DateTime, $until: DateTime) {\n    auditEvents(first: 50, after: $after, principalArn: $principalArn, action: $action, since: $since, until: $until) {\n      edges {\n        node {\n          id\n          eventTime\n          principalArn\n          action\n          resourceArn\n          outcome\n          errorCode\n          sourceIp\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleAuditEventsDocument,
    "\n  mutation ConsoleDeleteVirtualMfaDevice($s: String!) {\n    deleteVirtualMfaDevice(input: { serialNumber: $s }) {\n      serialNumber\n    }\n  }\n": typeof types.ConsoleDeleteVirtualMfaDeviceDocument,
    "\n  query ConsoleCallerPermissions($r: [CallerPermissionRequest!]!) {\n    callerPermissions(requests: $r) {\n      action\n      resource\n      decision\n      message\n      allowedWithMfa\n    }\n  }\n": typeof types.ConsoleCallerPermissionsDocument,
    "\n  query ConsolePolicyDetail($arn: String!) {\n    policy(arn: $arn) {\n      policyName\n      arn\n      path\n      description\n      defaultVersionId\n      attachmentCount\n      permissionsBoundaryUsageCount\n      createDate\n      updateDate\n      versions {\n        versionId\n        document\n        isDefaultVersion\n        createDate\n      }\n    }\n  }\n": typeof types.ConsolePolicyDetailDocument,
    "\n  query ConsoleValidatePolicy($d: String!, $t: ValidatePolicyType) {\n    validatePolicy(policyDocument: $d, policyType: $t) {\n      valid\n      findings {\n        findingType\n        issueCode\n        findingDetails\n        path\n      }\n    }\n  }\n": typeof types.ConsoleValidatePolicyDocument,
    "\n  mutation ConsoleCreatePolicy($n: String!, $d: String!, $description: String) {\n    createPolicy(input: { policyName: $n, policyDocument: $d, description: $description }) {\n      policy {\n        arn\n      }\n    }\n  }\n": typeof types.ConsoleCreatePolicyDocument,
    "\n  mutation ConsoleCreatePolicyVersion($arn: String!, $d: String!, $default: Boolean) {\n    createPolicyVersion(input: { policyArn: $arn, policyDocument: $d, setAsDefault: $default }) {\n      __typename\n    }\n  }\n": typeof types.ConsoleCreatePolicyVersionDocument,
    "\n  mutation ConsoleSetDefaultPolicyVersion($arn: String!, $v: String!) {\n    setDefaultPolicyVersion(input: { policyArn: $arn, versionId: $v }) {\n      __typename\n    }\n  }\n": typeof types.ConsoleSetDefaultPolicyVersionDocument,
    "\n  mutation ConsoleDeletePolicyVersion($arn: String!, $v: String!) {\n    deletePolicyVersion(input: { policyArn: $arn, versionId: $v }) {\n      __typename\n    }\n  }\n": typeof types.ConsoleDeletePolicyVersionDocument,
    "\n  mutation ConsolePutUserPermissionsBoundary($e: String!, $p: String!) {\n    putUserPermissionsBoundary(input: { userName: $e, permissionsBoundary: $p }) {\n      __typename\n    }\n  }\n": typeof types.ConsolePutUserPermissionsBoundaryDocument,
    "\n  mutation ConsoleDeleteUserPermissionsBoundary($e: String!) {\n    deleteUserPermissionsBoundary(input: { userName: $e }) {\n      __typename\n    }\n  }\n": typeof types.ConsoleDeleteUserPermissionsBoundaryDocument,
    "\n  mutation ConsoleTagUser($e: String!, $tags: [TagInput!]!) {\n    tagUser(input: { userName: $e, tags: $tags }) {\n      __typename\n    }\n  }\n": typeof types.ConsoleTagUserDocument,
    "\n  mutation ConsoleUntagUser($e: String!, $keys: [String!]!) {\n    untagUser(input: { userName: $e, tagKeys: $keys }) {\n      __typename\n    }\n  }\n": typeof types.ConsoleUntagUserDocument,
    "\n  mutation ConsolePutRolePermissionsBoundary($e: String!, $p: String!) {\n    putRolePermissionsBoundary(input: { roleName: $e, permissionsBoundary: $p }) {\n      __typename\n    }\n  }\n": typeof types.ConsolePutRolePermissionsBoundaryDocument,
    "\n  mutation ConsoleDeleteRolePermissionsBoundary($e: String!) {\n    deleteRolePermissionsBoundary(input: { roleName: $e }) {\n      __typename\n    }\n  }\n": typeof types.ConsoleDeleteRolePermissionsBoundaryDocument,
    "\n  mutation ConsoleTagRole($e: String!, $tags: [TagInput!]!) {\n    tagRole(input: { roleName: $e, tags: $tags }) {\n      __typename\n    }\n  }\n": typeof types.ConsoleTagRoleDocument,
    "\n  mutation ConsoleUntagRole($e: String!, $keys: [String!]!) {\n    untagRole(input: { roleName: $e, tagKeys: $keys }) {\n      __typename\n    }\n  }\n": typeof types.ConsoleUntagRoleDocument,
    "\n  mutation ConsolePasskeySignInOptions {\n    createPasskeySignInOptions {\n      challengeToken\n      optionsJson\n    }\n  }\n": typeof types.ConsolePasskeySignInOptionsDocument,
    "\n  mutation ConsoleCompletePasskeySignIn($t: String!, $r: String!) {\n    completePasskeySignIn(input: { challengeToken: $t, responseJson: $r, sessionDelivery: COOKIE }) {\n      status\n    }\n  }\n": typeof types.ConsoleCompletePasskeySignInDocument,
    "\n  mutation ConsoleRespondWithSecurityKey($t: String!, $r: String!) {\n    respondToMfaChallenge(input: { challengeToken: $t, webAuthnResponseJson: $r, sessionDelivery: COOKIE }) {\n      status\n    }\n  }\n": typeof types.ConsoleRespondWithSecurityKeyDocument,
    "\n  mutation ConsoleWebAuthnRegistrationOptions($n: String!, $p: Boolean!) {\n    createWebAuthnRegistrationOptions(input: { deviceName: $n, passkeySignIn: $p }) {\n      optionsJson\n    }\n  }\n": typeof types.ConsoleWebAuthnRegistrationOptionsDocument,
    "\n  mutation ConsoleCompleteWebAuthnRegistration($n: String!, $r: String!) {\n    completeWebAuthnRegistration(input: { deviceName: $n, responseJson: $r }) {\n      mfaDevice {\n        serialNumber\n        type\n        passkeySignIn\n      }\n      recoveryCodes\n    }\n  }\n": typeof types.ConsoleCompleteWebAuthnRegistrationDocument,
    "\n  mutation ConsoleDeactivateMfaDevice($s: String!) {\n    deactivateMfaDevice(input: { serialNumber: $s }) {\n      serialNumber\n    }\n  }\n": typeof types.ConsoleDeactivateMfaDeviceDocument,
};
const documents: Documents = {
    "\n  fragment ConsoleStatement on EffectiveStatement {\n    sid\n    effect\n    actions\n    notActions\n    resources\n    notResources\n    condition\n    policySource {\n      type\n      policyName\n      policyId\n      viaGroup\n      statementIndex\n    }\n  }\n": types.ConsoleStatementFragmentDoc,
    "\n  mutation ConsoleCreateUser($u: String!, $path: String) {\n    createUser(input: { userName: $u, path: $path }) {\n      user {\n        userName\n      }\n    }\n  }\n": types.ConsoleCreateUserDocument,
    "\n  mutation ConsoleDeleteUser($u: String!) {\n    deleteUser(input: { userName: $u }) {\n      __typename\n    }\n  }\n": types.ConsoleDeleteUserDocument,
    "\n  mutation ConsoleAddUserToGroup($g: String!, $u: String!) {\n    addUserToGroup(input: { groupName: $g, userName: $u }) {\n      __typename\n    }\n  }\n": types.ConsoleAddUserToGroupDocument,
    "\n  mutation ConsoleRemoveUserFromGroup($g: String!, $u: String!) {\n    removeUserFromGroup(input: { groupName: $g, userName: $u }) {\n      __typename\n    }\n  }\n": types.ConsoleRemoveUserFromGroupDocument,
    "\n  query ConsoleGroupChoices {\n    groups(first: 1000) {\n      edges {\n        node {\n          groupName\n        }\n      }\n    }\n  }\n": types.ConsoleGroupChoicesDocument,
    "\n  query ConsoleGroupDetail($g: String!) {\n    group(groupName: $g) {\n      groupName\n      arn\n      path\n      createDate\n      users(first: 1000) {\n        edges {\n          node {\n            userName\n          }\n        }\n      }\n      attachedManagedPolicies {\n        policyName\n        policyArn\n      }\n      inlinePolicies {\n        policyName\n        policyDocument\n      }\n      effectivePermissions {\n        statements {\n          ...ConsoleStatement\n        }\n      }\n    }\n  }\n": types.ConsoleGroupDetailDocument,
    "\n  query ConsoleRoleDetail($r: String!) {\n    role(roleName: $r) {\n      roleName\n      arn\n      path\n      createDate\n      description\n      maxSessionDuration\n      assumeRolePolicyDocument\n      tags {\n        key\n        value\n      }\n      attachedManagedPolicies {\n        policyName\n        policyArn\n      }\n      inlinePolicies {\n        policyName\n        policyDocument\n      }\n      permissionsBoundary {\n        permissionsBoundaryArn\n      }\n      effectivePermissions {\n        statements {\n          ...ConsoleStatement\n        }\n      }\n    }\n  }\n": types.ConsoleRoleDetailDocument,
    "\n  mutation ConsoleAttachGroupPolicy($g: String!, $p: String!) {\n    attachGroupPolicy(input: { groupName: $g, policyArn: $p }) {\n      __typename\n    }\n  }\n": types.ConsoleAttachGroupPolicyDocument,
    "\n  mutation ConsoleDetachGroupPolicy($g: String!, $p: String!) {\n    detachGroupPolicy(input: { groupName: $g, policyArn: $p }) {\n      __typename\n    }\n  }\n": types.ConsoleDetachGroupPolicyDocument,
    "\n  mutation ConsoleAttachRolePolicy($r: String!, $p: String!) {\n    attachRolePolicy(input: { roleName: $r, policyArn: $p }) {\n      __typename\n    }\n  }\n": types.ConsoleAttachRolePolicyDocument,
    "\n  mutation ConsoleDetachRolePolicy($r: String!, $p: String!) {\n    detachRolePolicy(input: { roleName: $r, policyArn: $p }) {\n      __typename\n    }\n  }\n": types.ConsoleDetachRolePolicyDocument,
    "\n  query ConsoleCredentialReport {\n    credentialReport {\n      user\n      arn\n      userCreationTime\n      passwordEnabled\n      passwordLastUsed\n      passwordLastChanged\n      passwordNextRotation\n      mfaActive\n      accessKey1Active\n      accessKey1LastRotated\n      accessKey1LastUsedDate\n      accessKey2Active\n      accessKey2LastRotated\n      accessKey2LastUsedDate\n    }\n  }\n": types.ConsoleCredentialReportDocument,
    "\n  mutation ConsoleCreateGroup($g: String!, $path: String) {\n    createGroup(input: { groupName: $g, path: $path }) {\n      group {\n        groupName\n      }\n    }\n  }\n": types.ConsoleCreateGroupDocument,
    "\n  mutation ConsoleDeleteGroup($g: String!) {\n    deleteGroup(input: { groupName: $g }) {\n      __typename\n    }\n  }\n": types.ConsoleDeleteGroupDocument,
    "\n  mutation ConsoleCreateRole($r: String!, $d: String!, $description: String) {\n    createRole(input: { roleName: $r, assumeRolePolicyDocument: $d, description: $description }) {\n      role {\n        roleName\n      }\n    }\n  }\n": types.ConsoleCreateRoleDocument,
    "\n  mutation ConsoleDeleteRole($r: String!) {\n    deleteRole(input: { roleName: $r }) {\n      __typename\n    }\n  }\n": types.ConsoleDeleteRoleDocument,
    "\n  mutation ConsolePutUserPolicy($e: String!, $n: String!, $d: String!) {\n    putUserPolicy(input: { userName: $e, policyName: $n, policyDocument: $d }) {\n      __typename\n    }\n  }\n": types.ConsolePutUserPolicyDocument,
    "\n  mutation ConsoleDeleteUserPolicy($e: String!, $n: String!) {\n    deleteUserPolicy(input: { userName: $e, policyName: $n }) {\n      __typename\n    }\n  }\n": types.ConsoleDeleteUserPolicyDocument,
    "\n  mutation ConsolePutGroupPolicy($e: String!, $n: String!, $d: String!) {\n    putGroupPolicy(input: { groupName: $e, policyName: $n, policyDocument: $d }) {\n      __typename\n    }\n  }\n": types.ConsolePutGroupPolicyDocument,
    "\n  mutation ConsoleDeleteGroupPolicy($e: String!, $n: String!) {\n    deleteGroupPolicy(input: { groupName: $e, policyName: $n }) {\n      __typename\n    }\n  }\n": types.ConsoleDeleteGroupPolicyDocument,
    "\n  mutation ConsolePutRolePolicy($e: String!, $n: String!, $d: String!) {\n    putRolePolicy(input: { roleName: $e, policyName: $n, policyDocument: $d }) {\n      __typename\n    }\n  }\n": types.ConsolePutRolePolicyDocument,
    "\n  mutation ConsoleDeleteRolePolicy($e: String!, $n: String!) {\n    deleteRolePolicy(input: { roleName: $e, policyName: $n }) {\n      __typename\n    }\n  }\n": types.ConsoleDeleteRolePolicyDocument,
    "\n  query ConsoleMe {\n    me {\n      arn\n      ... on User {\n        userName\n      }\n    }\n  }\n": types.ConsoleMeDocument,
    "\n  mutation ConsoleLogin($u: String!, $p: String!) {\n    login(input: { userName: $u, password: $p, sessionDelivery: COOKIE }) {\n      status\n      mfaChallenge {\n        token\n        expiresAt\n        methods\n        webAuthnOptionsJson\n      }\n    }\n  }\n": types.ConsoleLoginDocument,
    "\n  mutation ConsoleRespondToMfaChallenge($t: String!, $c: String!) {\n    respondToMfaChallenge(input: { challengeToken: $t, code: $c, sessionDelivery: COOKIE }) {\n      status\n    }\n  }\n": types.ConsoleRespondToMfaChallengeDocument,
    "\n  mutation ConsoleLogout {\n    logout {\n      ok\n    }\n  }\n": types.ConsoleLogoutDocument,
    "\n  query ConsolePasswordPolicy {\n    accountPasswordPolicy {\n      minimumPasswordLength\n      maximumPasswordLength\n      requireSymbols\n      requireNumbers\n      requireUppercaseCharacters\n      requireLowercaseCharacters\n      passwordReusePrevention\n      allowUsersToChangePassword\n    }\n  }\n": types.ConsolePasswordPolicyDocument,
    "\n  mutation ConsoleChangePassword($old: String!, $new: String!) {\n    changePassword(input: { oldPassword: $old, newPassword: $new }) {\n      __typename\n    }\n  }\n": types.ConsoleChangePasswordDocument,
    "\n  query ConsoleSessions {\n    sessions {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      sourceIp\n      userAgent\n      mfaAuthenticated\n      current\n    }\n  }\n": types.ConsoleSessionsDocument,
    "\n  mutation ConsoleRevokeSession($id: ID!) {\n    revokeSession(input: { sessionId: $id }) {\n      sessionId\n    }\n  }\n": types.ConsoleRevokeSessionDocument,
    "\n  query ConsoleMyCredentials {\n    me {\n      ... on User {\n        mfaDevices {\n          serialNumber\n          type\n          passkeySignIn\n          enableDate\n        }\n        accessKeys {\n          accessKeyId\n          status\n          createDate\n          lastUsedDate\n        }\n      }\n    }\n  }\n": types.ConsoleMyCredentialsDocument,
    "\n  mutation ConsoleCreateVirtualMfaDevice($n: String!) {\n    createVirtualMfaDevice(input: { virtualMfaDeviceName: $n }) {\n      virtualMfaDevice {\n        serialNumber\n        base32StringSeed\n        qrCodeSvg\n      }\n    }\n  }\n": types.ConsoleCreateVirtualMfaDeviceDocument,
    "\n  mutation ConsoleEnableMfaDevice($s: String!, $a: String!, $b: String!) {\n    enableMfaDevice(input: { serialNumber: $s, authenticationCode1: $a, authenticationCode2: $b }) {\n      mfaDevice {\n        serialNumber\n        enableDate\n      }\n      recoveryCodes\n    }\n  }\n": types.ConsoleEnableMfaDeviceDocument,
    "\n  mutation ConsoleGenerateRecoveryCodes {\n    generateRecoveryCodes(input: {}) {\n      recoveryCodes\n    }\n  }\n": types.ConsoleGenerateRecoveryCodesDocument,
    "\n  mutation ConsoleCreateAccessKey {\n    createAccessKey(input: {}) {\n      accessKey {\n        accessKeyId\n        secretAccessKey\n        status\n        createDate\n      }\n    }\n  }\n": types.ConsoleCreateAccessKeyDocument,
    "\n  query ConsoleAdminAccess {\n    users(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n    groups(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n    roles(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n    policies(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n    auditEvents(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.ConsoleAdminAccessDocument,
    "\n  query ConsoleSimulatorAccess($a: String!) {\n    simulatePrincipalPolicy(input: { policySourceArn: $a, actionNames: [\"iam:GetUser\"] }) {\n      isTruncated\n    }\n  }\n": types.ConsoleSimulatorAccessDocument,
    "\n  query ConsoleUsers($after: String) {\n    users(first: 50, after: $after) {\n      edges {\n        node {\n          name: userName\n          arn\n          path\n          createDate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleUsersDocument,
    "\n  query ConsoleGroups($after: String) {\n    groups(first: 50, after: $after) {\n      edges {\n        node {\n          name: groupName\n          arn\n          path\n          createDate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleGroupsDocument,
    "\n  query ConsoleRoles($after: String) {\n    roles(first: 50, after: $after) {\n      edges {\n        node {\n          name: roleName\n          arn\n          path\n          createDate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleRolesDocument,
    "\n  query ConsolePolicies($after: String) {\n    policies(first: 50, after: $after) {\n      edges {\n        node {\n          name: policyName\n          arn\n          path\n          createDate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsolePoliciesDocument,
    "\n  query ConsoleSimulate($i: SimulatePrincipalPolicyInput!) {\n    simulatePrincipalPolicy(input: $i) {\n      evaluationResults {\n        evalActionName\n        evalResourceName\n        evalDecision\n        explanation\n        missingContextValues\n        allowedByPermissionsBoundary\n        matchedStatements {\n          statementIndex\n          sid\n          effect\n          policySource {\n            type\n            policyId\n            policyName\n            viaGroup\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleSimulateDocument,
    "\n  query ConsoleUserDetail($u: String!) {\n    user(userName: $u) {\n      userName\n      arn\n      path\n      createDate\n      tags {\n        key\n        value\n      }\n      groups(first: 100) {\n        edges {\n          node {\n            groupName\n          }\n        }\n      }\n      attachedManagedPolicies {\n        policyName\n        policyArn\n      }\n      inlinePolicies {\n        policyName\n        policyDocument\n      }\n      permissionsBoundary {\n        permissionsBoundaryArn\n      }\n      effectivePermissions {\n        statements {\n          ...ConsoleStatement\n        }\n      }\n    }\n  }\n": types.ConsoleUserDetailDocument,
    "\n  query ConsolePolicyChoices {\n    policies(first: 1000) {\n      edges {\n        node {\n          policyName\n          arn\n        }\n      }\n    }\n  }\n": types.ConsolePolicyChoicesDocument,
    "\n  mutation ConsoleAttachUserPolicy($u: String!, $p: String!) {\n    attachUserPolicy(input: { userName: $u, policyArn: $p }) {\n      user {\n        userName\n      }\n    }\n  }\n": types.ConsoleAttachUserPolicyDocument,
    "\n  mutation ConsoleDetachUserPolicy($u: String!, $p: String!) {\n    detachUserPolicy(input: { userName: $u, policyArn: $p }) {\n      user {\n        userName\n      }\n    }\n  }\n": types.ConsoleDetachUserPolicyDocument,
    "\n  query ConsoleAuditEvents($after: String, $principalArn: String, $action: String, $since: DateTime, $until: DateTime) {\n    auditEvents(first: 50, after: $after, principalArn: $principalArn, action: $action, since: $since, until: $until) {\n      edges {\n        node {\n          id\n          eventTime\n          principalArn\n          action\n          resourceArn\n          outcome\n          errorCode\n          sourceIp\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleAuditEventsDocument,
    "\n  mutation ConsoleDeleteVirtualMfaDevice($s: String!) {\n    deleteVirtualMfaDevice(input: { serialNumber: $s }) {\n      serialNumber\n    }\n  }\n": types.ConsoleDeleteVirtualMfaDeviceDocument,
    "\n  query ConsoleCallerPermissions($r: [CallerPermissionRequest!]!) {\n    callerPermissions(requests: $r) {\n      action\n      resource\n      decision\n      message\n      allowedWithMfa\n    }\n  }\n": types.ConsoleCallerPermissionsDocument,
    "\n  query ConsolePolicyDetail($arn: String!) {\n    policy(arn: $arn) {\n      policyName\n      arn\n      path\n      description\n      defaultVersionId\n      attachmentCount\n      permissionsBoundaryUsageCount\n      createDate\n      updateDate\n      versions {\n        versionId\n        document\n        isDefaultVersion\n        createDate\n      }\n    }\n  }\n": types.ConsolePolicyDetailDocument,
    "\n  query ConsoleValidatePolicy($d: String!, $t: ValidatePolicyType) {\n    validatePolicy(policyDocument: $d, policyType: $t) {\n      valid\n      findings {\n        findingType\n        issueCode\n        findingDetails\n        path\n      }\n    }\n  }\n": types.ConsoleValidatePolicyDocument,
    "\n  mutation ConsoleCreatePolicy($n: String!, $d: String!, $description: String) {\n    createPolicy(input: { policyName: $n, policyDocument: $d, description: $description }) {\n      policy {\n        arn\n      }\n    }\n  }\n": types.ConsoleCreatePolicyDocument,
    "\n  mutation ConsoleCreatePolicyVersion($arn: String!, $d: String!, $default: Boolean) {\n    createPolicyVersion(input: { policyArn: $arn, policyDocument: $d, setAsDefault: $default }) {\n      __typename\n    }\n  }\n": types.ConsoleCreatePolicyVersionDocument,
    "\n  mutation ConsoleSetDefaultPolicyVersion($arn: String!, $v: String!) {\n    setDefaultPolicyVersion(input: { policyArn: $arn, versionId: $v }) {\n      __typename\n    }\n  }\n": types.ConsoleSetDefaultPolicyVersionDocument,
    "\n  mutation ConsoleDeletePolicyVersion($arn: String!, $v: String!) {\n    deletePolicyVersion(input: { policyArn: $arn, versionId: $v }) {\n      __typename\n    }\n  }\n": types.ConsoleDeletePolicyVersionDocument,
    "\n  mutation ConsolePutUserPermissionsBoundary($e: String!, $p: String!) {\n    putUserPermissionsBoundary(input: { userName: $e, permissionsBoundary: $p }) {\n      __typename\n    }\n  }\n": types.ConsolePutUserPermissionsBoundaryDocument,
    "\n  mutation ConsoleDeleteUserPermissionsBoundary($e: String!) {\n    deleteUserPermissionsBoundary(input: { userName: $e }) {\n      __typename\n    }\n  }\n": types.ConsoleDeleteUserPermissionsBoundaryDocument,
    "\n  mutation ConsoleTagUser($e: String!, $tags: [TagInput!]!) {\n    tagUser(input: { userName: $e, tags: $tags }) {\n      __typename\n    }\n  }\n": types.ConsoleTagUserDocument,
    "\n  mutation ConsoleUntagUser($e: String!, $keys: [String!]!) {\n    untagUser(input: { userName: $e, tagKeys: $keys }) {\n      __typename\n    }\n  }\n": types.ConsoleUntagUserDocument,
    "\n  mutation ConsolePutRolePermissionsBoundary($e: String!, $p: String!) {\n    putRolePermissionsBoundary(input: { roleName: $e, permissionsBoundary: $p }) {\n      __typename\n    }\n  }\n": types.ConsolePutRolePermissionsBoundaryDocument,
    "\n  mutation ConsoleDeleteRolePermissionsBoundary($e: String!) {\n    deleteRolePermissionsBoundary(input: { roleName: $e }) {\n      __typename\n    }\n  }\n": types.ConsoleDeleteRolePermissionsBoundaryDocument,
    "\n  mutation ConsoleTagRole($e: String!, $tags: [TagInput!]!) {\n    tagRole(input: { roleName: $e, tags: $tags }) {\n      __typename\n    }\n  }\n": types.ConsoleTagRoleDocument,
    "\n  mutation ConsoleUntagRole($e: String!, $keys: [String!]!) {\n    untagRole(input: { roleName: $e, tagKeys: $keys }) {\n      __typename\n    }\n  }\n": types.ConsoleUntagRoleDocument,
    "\n  mutation ConsolePasskeySignInOptions {\n    createPasskeySignInOptions {\n      challengeToken\n      optionsJson\n    }\n  }\n": types.ConsolePasskeySignInOptionsDocument,
    "\n  mutation ConsoleCompletePasskeySignIn($t: String!, $r: String!) {\n    completePasskeySignIn(input: { challengeToken: $t, responseJson: $r, sessionDelivery: COOKIE }) {\n      status\n    }\n  }\n": types.ConsoleCompletePasskeySignInDocument,
    "\n  mutation ConsoleRespondWithSecurityKey($t: String!, $r: String!) {\n    respondToMfaChallenge(input: { challengeToken: $t, webAuthnResponseJson: $r, sessionDelivery: COOKIE }) {\n      status\n    }\n  }\n": types.ConsoleRespondWithSecurityKeyDocument,
    "\n  mutation ConsoleWebAuthnRegistrationOptions($n: String!, $p: Boolean!) {\n    createWebAuthnRegistrationOptions(input: { deviceName: $n, passkeySignIn: $p }) {\n      optionsJson\n    }\n  }\n": types.ConsoleWebAuthnRegistrationOptionsDocument,
    "\n  mutation ConsoleCompleteWebAuthnRegistration($n: String!, $r: String!) {\n    completeWebAuthnRegistration(input: { deviceName: $n, responseJson: $r }) {\n      mfaDevice {\n        serialNumber\n        type\n        passkeySignIn\n      }\n      recoveryCodes\n    }\n  }\n": types.ConsoleCompleteWebAuthnRegistrationDocument,
    "\n  mutation ConsoleDeactivateMfaDevice($s: String!) {\n    deactivateMfaDevice(input: { serialNumber: $s }) {\n      serialNumber\n    }\n  }\n": types.ConsoleDeactivateMfaDeviceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleStatement on EffectiveStatement {\n    sid\n    effect\n    actions\n    notActions\n    resources\n    notResources\n    condition\n    policySource {\n      type\n      policyName\n      policyId\n      viaGroup\n      statementIndex\n    }\n  }\n"): typeof import('./graphql').ConsoleStatementFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateUser($u: String!, $path: String) {\n    createUser(input: { userName: $u, path: $path }) {\n      user {\n        userName\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteUser($u: String!) {\n    deleteUser(input: { userName: $u }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsoleDeleteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAddUserToGroup($g: String!, $u: String!) {\n    addUserToGroup(input: { groupName: $g, userName: $u }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsoleAddUserToGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRemoveUserFromGroup($g: String!, $u: String!) {\n    removeUserFromGroup(input: { groupName: $g, userName: $u }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsoleRemoveUserFromGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleGroupChoices {\n    groups(first: 1000) {\n      edges {\n        node {\n          groupName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleGroupChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleGroupDetail($g: String!) {\n    group(groupName: $g) {\n      groupName\n      arn\n      path\n      createDate\n      users(first: 1000) {\n        edges {\n          node {\n            userName\n          }\n        }\n      }\n      attachedManagedPolicies {\n        policyName\n        policyArn\n      }\n      inlinePolicies {\n        policyName\n        policyDocument\n      }\n      effectivePermissions {\n        statements {\n          ...ConsoleStatement\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleGroupDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRoleDetail($r: String!) {\n    role(roleName: $r) {\n      roleName\n      arn\n      path\n      createDate\n      description\n      maxSessionDuration\n      assumeRolePolicyDocument\n      tags {\n        key\n        value\n      }\n      attachedManagedPolicies {\n        policyName\n        policyArn\n      }\n      inlinePolicies {\n        policyName\n        policyDocument\n      }\n      permissionsBoundary {\n        permissionsBoundaryArn\n      }\n      effectivePermissions {\n        statements {\n          ...ConsoleStatement\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleRoleDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAttachGroupPolicy($g: String!, $p: String!) {\n    attachGroupPolicy(input: { groupName: $g, policyArn: $p }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsoleAttachGroupPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDetachGroupPolicy($g: String!, $p: String!) {\n    detachGroupPolicy(input: { groupName: $g, policyArn: $p }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsoleDetachGroupPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAttachRolePolicy($r: String!, $p: String!) {\n    attachRolePolicy(input: { roleName: $r, policyArn: $p }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsoleAttachRolePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDetachRolePolicy($r: String!, $p: String!) {\n    detachRolePolicy(input: { roleName: $r, policyArn: $p }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsoleDetachRolePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCredentialReport {\n    credentialReport {\n      user\n      arn\n      userCreationTime\n      passwordEnabled\n      passwordLastUsed\n      passwordLastChanged\n      passwordNextRotation\n      mfaActive\n      accessKey1Active\n      accessKey1LastRotated\n      accessKey1LastUsedDate\n      accessKey2Active\n      accessKey2LastRotated\n      accessKey2LastUsedDate\n    }\n  }\n"): typeof import('./graphql').ConsoleCredentialReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateGroup($g: String!, $path: String) {\n    createGroup(input: { groupName: $g, path: $path }) {\n      group {\n        groupName\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleCreateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteGroup($g: String!) {\n    deleteGroup(input: { groupName: $g }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsoleDeleteGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateRole($r: String!, $d: String!, $description: String) {\n    createRole(input: { roleName: $r, assumeRolePolicyDocument: $d, description: $description }) {\n      role {\n        roleName\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleCreateRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteRole($r: String!) {\n    deleteRole(input: { roleName: $r }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsoleDeleteRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePutUserPolicy($e: String!, $n: String!, $d: String!) {\n    putUserPolicy(input: { userName: $e, policyName: $n, policyDocument: $d }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsolePutUserPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteUserPolicy($e: String!, $n: String!) {\n    deleteUserPolicy(input: { userName: $e, policyName: $n }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsoleDeleteUserPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePutGroupPolicy($e: String!, $n: String!, $d: String!) {\n    putGroupPolicy(input: { groupName: $e, policyName: $n, policyDocument: $d }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsolePutGroupPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteGroupPolicy($e: String!, $n: String!) {\n    deleteGroupPolicy(input: { groupName: $e, policyName: $n }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsoleDeleteGroupPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePutRolePolicy($e: String!, $n: String!, $d: String!) {\n    putRolePolicy(input: { roleName: $e, policyName: $n, policyDocument: $d }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsolePutRolePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteRolePolicy($e: String!, $n: String!) {\n    deleteRolePolicy(input: { roleName: $e, policyName: $n }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsoleDeleteRolePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMe {\n    me {\n      arn\n      ... on User {\n        userName\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogin($u: String!, $p: String!) {\n    login(input: { userName: $u, password: $p, sessionDelivery: COOKIE }) {\n      status\n      mfaChallenge {\n        token\n        expiresAt\n        methods\n        webAuthnOptionsJson\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRespondToMfaChallenge($t: String!, $c: String!) {\n    respondToMfaChallenge(input: { challengeToken: $t, code: $c, sessionDelivery: COOKIE }) {\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleRespondToMfaChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogout {\n    logout {\n      ok\n    }\n  }\n"): typeof import('./graphql').ConsoleLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePasswordPolicy {\n    accountPasswordPolicy {\n      minimumPasswordLength\n      maximumPasswordLength\n      requireSymbols\n      requireNumbers\n      requireUppercaseCharacters\n      requireLowercaseCharacters\n      passwordReusePrevention\n      allowUsersToChangePassword\n    }\n  }\n"): typeof import('./graphql').ConsolePasswordPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleChangePassword($old: String!, $new: String!) {\n    changePassword(input: { oldPassword: $old, newPassword: $new }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsoleChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSessions {\n    sessions {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      sourceIp\n      userAgent\n      mfaAuthenticated\n      current\n    }\n  }\n"): typeof import('./graphql').ConsoleSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRevokeSession($id: ID!) {\n    revokeSession(input: { sessionId: $id }) {\n      sessionId\n    }\n  }\n"): typeof import('./graphql').ConsoleRevokeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMyCredentials {\n    me {\n      ... on User {\n        mfaDevices {\n          serialNumber\n          type\n          passkeySignIn\n          enableDate\n        }\n        accessKeys {\n          accessKeyId\n          status\n          createDate\n          lastUsedDate\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleMyCredentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateVirtualMfaDevice($n: String!) {\n    createVirtualMfaDevice(input: { virtualMfaDeviceName: $n }) {\n      virtualMfaDevice {\n        serialNumber\n        base32StringSeed\n        qrCodeSvg\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleCreateVirtualMfaDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleEnableMfaDevice($s: String!, $a: String!, $b: String!) {\n    enableMfaDevice(input: { serialNumber: $s, authenticationCode1: $a, authenticationCode2: $b }) {\n      mfaDevice {\n        serialNumber\n        enableDate\n      }\n      recoveryCodes\n    }\n  }\n"): typeof import('./graphql').ConsoleEnableMfaDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleGenerateRecoveryCodes {\n    generateRecoveryCodes(input: {}) {\n      recoveryCodes\n    }\n  }\n"): typeof import('./graphql').ConsoleGenerateRecoveryCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateAccessKey {\n    createAccessKey(input: {}) {\n      accessKey {\n        accessKeyId\n        secretAccessKey\n        status\n        createDate\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleCreateAccessKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAdminAccess {\n    users(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n    groups(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n    roles(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n    policies(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n    auditEvents(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleAdminAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSimulatorAccess($a: String!) {\n    simulatePrincipalPolicy(input: { policySourceArn: $a, actionNames: [\"iam:GetUser\"] }) {\n      isTruncated\n    }\n  }\n"): typeof import('./graphql').ConsoleSimulatorAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUsers($after: String) {\n    users(first: 50, after: $after) {\n      edges {\n        node {\n          name: userName\n          arn\n          path\n          createDate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleGroups($after: String) {\n    groups(first: 50, after: $after) {\n      edges {\n        node {\n          name: groupName\n          arn\n          path\n          createDate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRoles($after: String) {\n    roles(first: 50, after: $after) {\n      edges {\n        node {\n          name: roleName\n          arn\n          path\n          createDate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePolicies($after: String) {\n    policies(first: 50, after: $after) {\n      edges {\n        node {\n          name: policyName\n          arn\n          path\n          createDate\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsolePoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSimulate($i: SimulatePrincipalPolicyInput!) {\n    simulatePrincipalPolicy(input: $i) {\n      evaluationResults {\n        evalActionName\n        evalResourceName\n        evalDecision\n        explanation\n        missingContextValues\n        allowedByPermissionsBoundary\n        matchedStatements {\n          statementIndex\n          sid\n          effect\n          policySource {\n            type\n            policyId\n            policyName\n            viaGroup\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleSimulateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUserDetail($u: String!) {\n    user(userName: $u) {\n      userName\n      arn\n      path\n      createDate\n      tags {\n        key\n        value\n      }\n      groups(first: 100) {\n        edges {\n          node {\n            groupName\n          }\n        }\n      }\n      attachedManagedPolicies {\n        policyName\n        policyArn\n      }\n      inlinePolicies {\n        policyName\n        policyDocument\n      }\n      permissionsBoundary {\n        permissionsBoundaryArn\n      }\n      effectivePermissions {\n        statements {\n          ...ConsoleStatement\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleUserDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePolicyChoices {\n    policies(first: 1000) {\n      edges {\n        node {\n          policyName\n          arn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsolePolicyChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAttachUserPolicy($u: String!, $p: String!) {\n    attachUserPolicy(input: { userName: $u, policyArn: $p }) {\n      user {\n        userName\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleAttachUserPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDetachUserPolicy($u: String!, $p: String!) {\n    detachUserPolicy(input: { userName: $u, policyArn: $p }) {\n      user {\n        userName\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleDetachUserPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAuditEvents($after: String, $principalArn: String, $action: String, $since: DateTime, $until: DateTime) {\n    auditEvents(first: 50, after: $after, principalArn: $principalArn, action: $action, since: $since, until: $until) {\n      edges {\n        node {\n          id\n          eventTime\n          principalArn\n          action\n          resourceArn\n          outcome\n          errorCode\n          sourceIp\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteVirtualMfaDevice($s: String!) {\n    deleteVirtualMfaDevice(input: { serialNumber: $s }) {\n      serialNumber\n    }\n  }\n"): typeof import('./graphql').ConsoleDeleteVirtualMfaDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCallerPermissions($r: [CallerPermissionRequest!]!) {\n    callerPermissions(requests: $r) {\n      action\n      resource\n      decision\n      message\n      allowedWithMfa\n    }\n  }\n"): typeof import('./graphql').ConsoleCallerPermissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePolicyDetail($arn: String!) {\n    policy(arn: $arn) {\n      policyName\n      arn\n      path\n      description\n      defaultVersionId\n      attachmentCount\n      permissionsBoundaryUsageCount\n      createDate\n      updateDate\n      versions {\n        versionId\n        document\n        isDefaultVersion\n        createDate\n      }\n    }\n  }\n"): typeof import('./graphql').ConsolePolicyDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleValidatePolicy($d: String!, $t: ValidatePolicyType) {\n    validatePolicy(policyDocument: $d, policyType: $t) {\n      valid\n      findings {\n        findingType\n        issueCode\n        findingDetails\n        path\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleValidatePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreatePolicy($n: String!, $d: String!, $description: String) {\n    createPolicy(input: { policyName: $n, policyDocument: $d, description: $description }) {\n      policy {\n        arn\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleCreatePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreatePolicyVersion($arn: String!, $d: String!, $default: Boolean) {\n    createPolicyVersion(input: { policyArn: $arn, policyDocument: $d, setAsDefault: $default }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsoleCreatePolicyVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetDefaultPolicyVersion($arn: String!, $v: String!) {\n    setDefaultPolicyVersion(input: { policyArn: $arn, versionId: $v }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsoleSetDefaultPolicyVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeletePolicyVersion($arn: String!, $v: String!) {\n    deletePolicyVersion(input: { policyArn: $arn, versionId: $v }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsoleDeletePolicyVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePutUserPermissionsBoundary($e: String!, $p: String!) {\n    putUserPermissionsBoundary(input: { userName: $e, permissionsBoundary: $p }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsolePutUserPermissionsBoundaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteUserPermissionsBoundary($e: String!) {\n    deleteUserPermissionsBoundary(input: { userName: $e }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsoleDeleteUserPermissionsBoundaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTagUser($e: String!, $tags: [TagInput!]!) {\n    tagUser(input: { userName: $e, tags: $tags }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsoleTagUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUntagUser($e: String!, $keys: [String!]!) {\n    untagUser(input: { userName: $e, tagKeys: $keys }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsoleUntagUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePutRolePermissionsBoundary($e: String!, $p: String!) {\n    putRolePermissionsBoundary(input: { roleName: $e, permissionsBoundary: $p }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsolePutRolePermissionsBoundaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteRolePermissionsBoundary($e: String!) {\n    deleteRolePermissionsBoundary(input: { roleName: $e }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsoleDeleteRolePermissionsBoundaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTagRole($e: String!, $tags: [TagInput!]!) {\n    tagRole(input: { roleName: $e, tags: $tags }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsoleTagRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUntagRole($e: String!, $keys: [String!]!) {\n    untagRole(input: { roleName: $e, tagKeys: $keys }) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ConsoleUntagRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePasskeySignInOptions {\n    createPasskeySignInOptions {\n      challengeToken\n      optionsJson\n    }\n  }\n"): typeof import('./graphql').ConsolePasskeySignInOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCompletePasskeySignIn($t: String!, $r: String!) {\n    completePasskeySignIn(input: { challengeToken: $t, responseJson: $r, sessionDelivery: COOKIE }) {\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleCompletePasskeySignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRespondWithSecurityKey($t: String!, $r: String!) {\n    respondToMfaChallenge(input: { challengeToken: $t, webAuthnResponseJson: $r, sessionDelivery: COOKIE }) {\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleRespondWithSecurityKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleWebAuthnRegistrationOptions($n: String!, $p: Boolean!) {\n    createWebAuthnRegistrationOptions(input: { deviceName: $n, passkeySignIn: $p }) {\n      optionsJson\n    }\n  }\n"): typeof import('./graphql').ConsoleWebAuthnRegistrationOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCompleteWebAuthnRegistration($n: String!, $r: String!) {\n    completeWebAuthnRegistration(input: { deviceName: $n, responseJson: $r }) {\n      mfaDevice {\n        serialNumber\n        type\n        passkeySignIn\n      }\n      recoveryCodes\n    }\n  }\n"): typeof import('./graphql').ConsoleCompleteWebAuthnRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeactivateMfaDevice($s: String!) {\n    deactivateMfaDevice(input: { serialNumber: $s }) {\n      serialNumber\n    }\n  }\n"): typeof import('./graphql').ConsoleDeactivateMfaDeviceDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
