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
    "\n  mutation UpdateAccessKey($i: UpdateAccessKeyInput!) {\n    updateAccessKey(input: $i) {\n      accessKey {\n        status\n      }\n    }\n  }\n": typeof types.UpdateAccessKeyDocument,
    "\n  mutation DeleteAccessKey($i: DeleteAccessKeyInput!) {\n    deleteAccessKey(input: $i) {\n      accessKeyId\n    }\n  }\n": typeof types.DeleteAccessKeyDocument,
    "\n  query AuditEvents($a: String) {\n    auditEvents(first: 100, action: $a) {\n      edges {\n        node {\n          action\n          resourceArn\n          outcome\n          errorCode\n          principalArn\n          sessionId\n          roleSessionName\n          accessKeyId\n          webIdentitySubject\n          webIdentityIssuer\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  mutation AssumeRole($i: AssumeRoleInput!) {\n    assumeRole(input: $i) {\n      credentials {\n        sessionToken\n      }\n    }\n  }\n": typeof types.AssumeRoleDocument,
    "\n        query AuditEventsInAuditIdentity($s: String) {\n          auditEvents(first: 10, sessionId: $s) {\n            edges {\n              node {\n                resourceArn\n              }\n            }\n          }\n        }\n      ": typeof types.AuditEventsInAuditIdentityDocument,
    "\n        mutation CreateOpenIdConnectProvider($i: CreateOpenIdConnectProviderInput!) {\n          createOpenIdConnectProvider(input: $i) {\n            openIdConnectProviderArn\n          }\n        }\n      ": typeof types.CreateOpenIdConnectProviderDocument,
    "\n      mutation AssumeRoleWithWebIdentity($i: AssumeRoleWithWebIdentityInput!) {\n        assumeRoleWithWebIdentity(input: $i) {\n          credentials {\n            sessionToken\n          }\n        }\n      }\n    ": typeof types.AssumeRoleWithWebIdentityDocument,
    "\n  query AuditEventsInAudit($a: String) {\n    auditEvents(first: 20, action: $a) {\n      edges {\n        node {\n          action\n          resourceArn\n          outcome\n          errorCode\n          principalArn\n          requestId\n          sourceIp\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsInAuditDocument,
    "\n        mutation Login {\n          login(input: { userName: \"surely-unknown-user\", password: \"Secret-typed-in-wrong-box\" }) {\n            status\n          }\n        }\n      ": typeof types.LoginDocument,
    "\n        mutation UpdateAccountPasswordPolicy($i: UpdateAccountPasswordPolicyInput!) {\n          updateAccountPasswordPolicy(input: $i) {\n            passwordPolicy {\n              allowUsersToChangePassword\n            }\n          }\n        }\n      ": typeof types.UpdateAccountPasswordPolicyDocument,
    "\n      query UsersInAuthzCache($n: Int!, $p: String!) {\n        users(first: $n, pathPrefix: $p) {\n          edges {\n            node {\n              userName\n              groups {\n                edges {\n                  node {\n                    groupName\n                  }\n                }\n              }\n              effectivePermissions {\n                statements {\n                  effect\n                  actions\n                  source {\n                    policyName\n                    policyType\n                    viaGroup\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.UsersInAuthzCacheDocument,
    "\n        query EffectivePermissions($a: String!) {\n          effectivePermissions(principalArn: $a) {\n            principalArn\n            statements {\n              source {\n                policyArn\n                policyType\n                versionId\n                statementIndex\n              }\n            }\n          }\n        }\n      ": typeof types.EffectivePermissionsDocument,
    "\n        query UserInAuthzNestedFields {\n          user(userName: \"admin\") {\n            userName\n            accessKeys {\n              accessKeyId\n            }\n            mfaDevices {\n              serialNumber\n            }\n            loginProfile {\n              createDate\n            }\n            groups {\n              edges {\n                cursor\n              }\n            }\n            attachedManagedPolicies {\n              policyArn\n            }\n            inlinePolicies {\n              policyName\n            }\n            effectivePermissions {\n              principalArn\n            }\n          }\n        }\n      ": typeof types.UserInAuthzNestedFieldsDocument,
    "\n        mutation CreateGroupInAuthzNestedFields($g: String!) {\n          createGroup(input: { groupName: $g }) {\n            group {\n              arn\n            }\n          }\n        }\n      ": typeof types.CreateGroupInAuthzNestedFieldsDocument,
    "\n        mutation AddUserToGroupInAuthzNestedFields($g: String!, $u: String!) {\n          addUserToGroup(input: { groupName: $g, userName: $u }) {\n            group {\n              arn\n            }\n          }\n        }\n      ": typeof types.AddUserToGroupInAuthzNestedFieldsDocument,
    "\n        mutation AddUserToGroupInAuthzNestedFields2($g: String!) {\n          addUserToGroup(input: { groupName: $g, userName: \"admin\" }) {\n            group {\n              arn\n            }\n          }\n        }\n      ": typeof types.AddUserToGroupInAuthzNestedFields2Document,
    "\n        query MeInAuthzNestedFields {\n          me {\n            arn\n            ... on User {\n              groups {\n                edges {\n                  node {\n                    users {\n                      edges {\n                        node {\n                          userName\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.MeInAuthzNestedFieldsDocument,
    "\n        query UserInAuthzNestedFields2($u: String!) {\n          user(userName: $u) {\n            accessKeys {\n              status\n            }\n            groups {\n              edges {\n                cursor\n              }\n            }\n          }\n        }\n      ": typeof types.UserInAuthzNestedFields2Document,
    "\n        mutation UpdateUser($u: String!) {\n          updateUser(input: { userName: $u, newPath: \"/admins/\" }) {\n            user {\n              arn\n            }\n          }\n        }\n      ": typeof types.UpdateUserDocument,
    "\n        mutation UpdateUserInAuthzNestedFields($u: String!, $n: String!) {\n          updateUser(input: { userName: $u, newUserName: $n }) {\n            user {\n              arn\n            }\n          }\n        }\n      ": typeof types.UpdateUserInAuthzNestedFieldsDocument,
    "\n        mutation UpdateUserInAuthzSelfService($i: UpdateUserInput!) {\n          updateUser(input: $i) {\n            user {\n              arn\n            }\n          }\n        }\n      ": typeof types.UpdateUserInAuthzSelfServiceDocument,
    "\n        mutation CreateVirtualMfaDevice($i: CreateVirtualMfaDeviceInput!) {\n          createVirtualMfaDevice(input: $i) {\n            virtualMfaDevice {\n              serialNumber\n            }\n          }\n        }\n      ": typeof types.CreateVirtualMfaDeviceDocument,
    "\n        query SimulatePrincipalPolicy($i: SimulatePrincipalPolicyInput!) {\n          simulatePrincipalPolicy(input: $i) {\n            evaluationResults {\n              evalActionName\n              evalDecision\n            }\n          }\n        }\n      ": typeof types.SimulatePrincipalPolicyDocument,
    "\n        mutation CreateAccessKeyInAuthzSelfService($i: CreateAccessKeyInput!) {\n          createAccessKey(input: $i) {\n            accessKey {\n              accessKeyId\n              status\n            }\n          }\n        }\n      ": typeof types.CreateAccessKeyInAuthzSelfServiceDocument,
    "\n        mutation CreateAccessKeyInAuthzSelfService2($i: CreateAccessKeyInput!) {\n          createAccessKey(input: $i) {\n            accessKey {\n              accessKeyId\n            }\n          }\n        }\n      ": typeof types.CreateAccessKeyInAuthzSelfService2Document,
    "\n        mutation PutUserPermissionsBoundaryInAuthzSelfService($i: PutUserPermissionsBoundaryInput!) {\n          putUserPermissionsBoundary(input: $i) {\n            user {\n              permissionsBoundary {\n                permissionsBoundaryArn\n              }\n            }\n          }\n        }\n      ": typeof types.PutUserPermissionsBoundaryInAuthzSelfServiceDocument,
    "\n        mutation DeleteUserPermissionsBoundary($i: DeleteUserPermissionsBoundaryInput!) {\n          deleteUserPermissionsBoundary(input: $i) {\n            user {\n              userName\n            }\n          }\n        }\n      ": typeof types.DeleteUserPermissionsBoundaryDocument,
    "\n        mutation RemoveUserFromGroup($i: RemoveUserFromGroupInput!) {\n          removeUserFromGroup(input: $i) {\n            user {\n              userName\n            }\n          }\n        }\n      ": typeof types.RemoveUserFromGroupDocument,
    "\n        mutation AttachUserPolicyInBootstrap($u: String!) {\n          attachUserPolicy(input: { userName: $u, policyArn: \"arn:aws:iam::aws:policy/AdministratorAccess\" }) {\n            user {\n              userName\n            }\n          }\n        }\n      ": typeof types.AttachUserPolicyInBootstrapDocument,
    "\n        mutation DetachUserPolicyInBootstrap {\n          detachUserPolicy(input: { userName: \"root\", policyArn: \"arn:aws:iam::aws:policy/AdministratorAccess\" }) {\n            user {\n              userName\n            }\n          }\n        }\n      ": typeof types.DetachUserPolicyInBootstrapDocument,
    "\n        mutation DeleteLoginProfile {\n          deleteLoginProfile(input: { userName: \"root\" }) {\n            userName\n          }\n        }\n      ": typeof types.DeleteLoginProfileDocument,
    "\n        mutation DeleteUserInBootstrap {\n          deleteUser(input: { userName: \"root\" }) {\n            userName\n          }\n        }\n      ": typeof types.DeleteUserInBootstrapDocument,
    "\n        query UserInBootstrap {\n          user(userName: \"root\") {\n            userName\n          }\n        }\n      ": typeof types.UserInBootstrapDocument,
    "\n  query SessionsWithClientAndCurrent($n: String) {\n    sessions(userName: $n) {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      sourceIp\n      userAgent\n      mfaAuthenticated\n      current\n    }\n  }\n": typeof types.SessionsWithClientAndCurrentDocument,
    "\n  mutation RevokeSessionId($id: ID!) {\n    revokeSession(input: { sessionId: $id }) {\n      sessionId\n    }\n  }\n": typeof types.RevokeSessionIdDocument,
    "\n  mutation LogoutOk {\n    logout {\n      ok\n    }\n  }\n": typeof types.LogoutOkDocument,
    "\n  mutation RespondToMfaChallengeByCookie($t: String!, $c: String!) {\n    respondToMfaChallenge(input: { challengeToken: $t, code: $c, sessionDelivery: COOKIE }) {\n      status\n      session {\n        token\n        mfaAuthenticated\n      }\n    }\n  }\n": typeof types.RespondToMfaChallengeByCookieDocument,
    "\n  mutation RevokeUserSessionsKeepingCurrent($n: String!) {\n    revokeUserSessions(input: { userName: $n, keepCurrent: true }) {\n      revokedCount\n    }\n  }\n": typeof types.RevokeUserSessionsKeepingCurrentDocument,
    "\n  query CallerPermissions($r: [CallerPermissionRequest!]!) {\n    callerPermissions(requests: $r) {\n      action\n      resource\n      decision\n      message\n      allowedWithMfa\n    }\n  }\n": typeof types.CallerPermissionsDocument,
    "\n  query UsersPage($p: String, $first: Int, $after: String, $last: Int, $before: String) {\n    users(pathPrefix: $p, first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          userName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.UsersPageDocument,
    "\n  query UsersFirstTwoNoCount($p: String) {\n    users(pathPrefix: $p, first: 2) {\n      edges {\n        node {\n          userName\n        }\n      }\n    }\n  }\n": typeof types.UsersFirstTwoNoCountDocument,
    "\n  query UsersFirstTwoWithCount($p: String) {\n    users(pathPrefix: $p, first: 2) {\n      edges {\n        node {\n          userName\n        }\n      }\n      totalCount\n    }\n  }\n": typeof types.UsersFirstTwoWithCountDocument,
    "\n        query UsersTotalCount {\n          users(first: 1) {\n            totalCount\n          }\n        }\n      ": typeof types.UsersTotalCountDocument,
    "\n        query BackwardPagesOfGroupsRolesPolicies {\n          groups(pathPrefix: \"/back/\", last: 2) {\n            edges {\n              node {\n                groupName\n              }\n            }\n            pageInfo {\n              hasPreviousPage\n            }\n            totalCount\n          }\n          roles(pathPrefix: \"/back/\", last: 1) {\n            edges {\n              node {\n                roleName\n              }\n            }\n            totalCount\n          }\n          policies(scope: AWS, last: 1) {\n            edges {\n              node {\n                arn\n              }\n            }\n            pageInfo {\n              hasPreviousPage\n              hasNextPage\n            }\n            totalCount\n          }\n          first: policies(scope: AWS, first: 1000) {\n            edges {\n              node {\n                arn\n              }\n            }\n          }\n        }\n      ": typeof types.BackwardPagesOfGroupsRolesPoliciesDocument,
    "\n        query AuditEventsTotalCount {\n          auditEvents(first: 1) {\n            totalCount\n            edges {\n              node {\n                action\n              }\n            }\n          }\n        }\n      ": typeof types.AuditEventsTotalCountDocument,
    "\n        mutation LoginAndChangePassword($u: String!, $p: String!) {\n          login(input: { userName: $u, password: $p }) {\n            status\n          }\n          changePassword(input: { oldPassword: $p, newPassword: $p }) {\n            __typename\n          }\n        }\n      ": typeof types.LoginAndChangePasswordDocument,
    "\n        mutation LoginAndLogout($u: String!, $p: String!) {\n          login(input: { userName: $u, password: $p }) {\n            status\n          }\n          logout {\n            ok\n          }\n        }\n      ": typeof types.LoginAndLogoutDocument,
    "\n  mutation GenerateRecoveryCodes($u: String!) {\n    generateRecoveryCodes(input: { userName: $u }) {\n      recoveryCodes\n    }\n  }\n": typeof types.GenerateRecoveryCodesDocument,
    "\n        mutation UpdateAccountPasswordPolicyInCredentialRaces {\n          updateAccountPasswordPolicy(input: { passwordReusePrevention: 24 }) {\n            passwordPolicy {\n              passwordReusePrevention\n            }\n          }\n        }\n      ": typeof types.UpdateAccountPasswordPolicyInCredentialRacesDocument,
    "\n          mutation UpdateAccountPasswordPolicyInCredentialRaces2 {\n            updateAccountPasswordPolicy(input: {}) {\n              passwordPolicy {\n                passwordReusePrevention\n              }\n            }\n          }\n        ": typeof types.UpdateAccountPasswordPolicyInCredentialRaces2Document,
    "\n    query CredentialReport {\n      credentialReport {\n        user\n        arn\n        passwordEnabled\n        passwordLastUsed\n        mfaActive\n        accessKey1Active\n        accessKey1LastRotated\n        accessKey2Active\n      }\n    }\n  ": typeof types.CredentialReportDocument,
    "\n  mutation CreateAccessKeyInCredentialsAccessKeys($u: String) {\n    createAccessKey(input: { userName: $u }) {\n      accessKey {\n        accessKeyId\n        secretAccessKey\n        status\n        userName\n        createDate\n      }\n    }\n  }\n": typeof types.CreateAccessKeyInCredentialsAccessKeysDocument,
    "\n  mutation GetSessionTokenInCredentialsAccessKeys($i: GetSessionTokenInput!) {\n    getSessionToken(input: $i) {\n      credentials {\n        sessionToken\n        expiration\n      }\n    }\n  }\n": typeof types.GetSessionTokenInCredentialsAccessKeysDocument,
    "\n        query UserInCredentialsAccessKeys($u: String!) {\n          user(userName: $u) {\n            accessKeys {\n              accessKeyId\n              status\n              lastUsedDate\n            }\n          }\n        }\n      ": typeof types.UserInCredentialsAccessKeysDocument,
    "\n        query UserInCredentialsAccessKeys2($u: String!) {\n          user(userName: $u) {\n            accessKeys {\n              accessKeyId\n            }\n          }\n        }\n      ": typeof types.UserInCredentialsAccessKeys2Document,
    "\n          mutation UpdateAccountPasswordPolicyInCredentialsAccessKeys {\n            updateAccountPasswordPolicy(input: { minimumPasswordLength: 3 }) {\n              passwordPolicy {\n                minimumPasswordLength\n              }\n            }\n          }\n        ": typeof types.UpdateAccountPasswordPolicyInCredentialsAccessKeysDocument,
    "\n        query MeInCredentialsAccessKeys {\n          me {\n            arn\n            ... on User {\n              accessKeys {\n                accessKeyId\n                lastUsedDate\n              }\n            }\n          }\n        }\n      ": typeof types.MeInCredentialsAccessKeysDocument,
    "\n        mutation UpdateAccessKeyInCredentialsAccessKeys($k: String!) {\n          updateAccessKey(input: { accessKeyId: $k, status: Inactive }) {\n            accessKey {\n              status\n            }\n          }\n        }\n      ": typeof types.UpdateAccessKeyInCredentialsAccessKeysDocument,
    "\n        mutation DeleteAccessKeyInCredentialsAccessKeys($k: String!) {\n          deleteAccessKey(input: { accessKeyId: $k }) {\n            accessKeyId\n          }\n        }\n      ": typeof types.DeleteAccessKeyInCredentialsAccessKeysDocument,
    "\n        mutation DeleteAccessKeyInCredentialsAccessKeys2($u: String, $k: String!) {\n          deleteAccessKey(input: { userName: $u, accessKeyId: $k }) {\n            accessKeyId\n          }\n        }\n      ": typeof types.DeleteAccessKeyInCredentialsAccessKeys2Document,
    "\n  mutation ChangePasswordInCredentialsPasswordPolicy($o: String!, $n: String!) {\n    changePassword(input: { oldPassword: $o, newPassword: $n }) {\n      session {\n        token\n      }\n    }\n  }\n": typeof types.ChangePasswordInCredentialsPasswordPolicyDocument,
    "\n        query AccountPasswordPolicyInCredentialsPasswordPolicy {\n          accountPasswordPolicy {\n            minimumPasswordLength\n            maximumPasswordLength\n            requireSymbols\n            requireNumbers\n            allowUsersToChangePassword\n            expirePasswords\n          }\n        }\n      ": typeof types.AccountPasswordPolicyInCredentialsPasswordPolicyDocument,
    "\n        mutation UpdateAccountPasswordPolicyInCredentialsPasswordPolicy {\n          updateAccountPasswordPolicy(input: { minimumPasswordLength: 14, requireNumbers: true, passwordReusePrevention: 2 }) {\n            passwordPolicy {\n              minimumPasswordLength\n              requireNumbers\n              passwordReusePrevention\n            }\n          }\n        }\n      ": typeof types.UpdateAccountPasswordPolicyInCredentialsPasswordPolicyDocument,
    "\n        mutation UpdateAccountPasswordPolicyInCredentialsPasswordPolicy2 {\n          updateAccountPasswordPolicy(input: {}) {\n            passwordPolicy {\n              minimumPasswordLength\n            }\n          }\n        }\n      ": typeof types.UpdateAccountPasswordPolicyInCredentialsPasswordPolicy2Document,
    "\n  mutation AddUserToGroupInGroups($g: String!, $u: String!) {\n    addUserToGroup(input: { groupName: $g, userName: $u }) {\n      group {\n        groupName\n      }\n    }\n  }\n": typeof types.AddUserToGroupInGroupsDocument,
    "\n  mutation CreateGroupInGroups($g: String!, $p: String) {\n    createGroup(input: { groupName: $g, path: $p }) {\n      group {\n        groupName\n        arn\n      }\n    }\n  }\n": typeof types.CreateGroupInGroupsDocument,
    "\n        query GroupAndUser($g: String!, $u: String!) {\n          group(groupName: $g) {\n            users(first: 1) {\n              edges {\n                node {\n                  userName\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n          user(userName: $u) {\n            groups {\n              edges {\n                node {\n                  groupName\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.GroupAndUserDocument,
    "\n        query Group($g: String!, $after: String) {\n          group(groupName: $g) {\n            users(first: 5, after: $after) {\n              edges {\n                node {\n                  userName\n                }\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        }\n      ": typeof types.GroupDocument,
    "\n        mutation RemoveUserFromGroupInGroups($g: String!, $u: String!) {\n          removeUserFromGroup(input: { groupName: $g, userName: $u }) {\n            group {\n              groupName\n            }\n          }\n        }\n      ": typeof types.RemoveUserFromGroupInGroupsDocument,
    "\n        mutation UpdateGroup($g: String!, $n: String!) {\n          updateGroup(input: { groupName: $g, newGroupName: $n, newPath: \"/x/\" }) {\n            group {\n              groupName\n              arn\n            }\n          }\n        }\n      ": typeof types.UpdateGroupDocument,
    "\n            query GroupInGroups($g: String!) {\n              group(groupName: $g) {\n                arn\n              }\n            }\n          ": typeof types.GroupInGroupsDocument,
    "\n        query Groups {\n          groups(pathPrefix: \"/prefix-test/\") {\n            edges {\n              node {\n                groupName\n              }\n            }\n          }\n        }\n      ": typeof types.GroupsDocument,
    "\n  query UserInLoginThrottleSources($u: String!) {\n    user(userName: $u) {\n      signInThrottle {\n        password {\n          failures\n          maxFailures\n          refused\n          throttledUntil\n          windowEndsAt\n          sourcesInBackoff\n        }\n        mfa {\n          failures\n          maxFailures\n          throttledUntil\n          sourcesInBackoff\n        }\n      }\n    }\n  }\n": typeof types.UserInLoginThrottleSourcesDocument,
    "\n  mutation ResetSignInThrottle($i: ResetSignInThrottleInput!) {\n    resetSignInThrottle(input: $i) {\n      userName\n    }\n  }\n": typeof types.ResetSignInThrottleDocument,
    "\n      mutation UntagUser($n: String!, $k: [String!]!) {\n        untagUser(input: { userName: $n, tagKeys: $k }) {\n          user {\n            tags {\n              key\n            }\n          }\n        }\n      }\n    ": typeof types.UntagUserDocument,
    "\n          query GroupInStoreInputBounds($n: String!) {\n            group(groupName: $n) {\n              groupName\n            }\n          }\n        ": typeof types.GroupInStoreInputBoundsDocument,
    "\n          query RoleInStoreInputBounds($n: String!) {\n            role(roleName: $n) {\n              roleName\n            }\n          }\n        ": typeof types.RoleInStoreInputBoundsDocument,
    "\n          mutation DeleteUserInStoreInputBounds($n: String!) {\n            deleteUser(input: { userName: $n }) {\n              userName\n            }\n          }\n        ": typeof types.DeleteUserInStoreInputBoundsDocument,
    "\n          mutation TagUserInStoreInputBounds($n: String!) {\n            tagUser(input: { userName: $n, tags: [{ key: \"k\", value: \"v\" }] }) {\n              user {\n                userName\n              }\n            }\n          }\n        ": typeof types.TagUserInStoreInputBoundsDocument,
    "\n          query PolicyVersion($a: String!) {\n            policyVersion(arn: $a, versionId: \"1\") {\n              versionId\n            }\n          }\n        ": typeof types.PolicyVersionDocument,
    "\n          query AuditEventsInStoreInputBounds($a: String!) {\n            auditEvents(principalArn: $a) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": typeof types.AuditEventsInStoreInputBoundsDocument,
    "\n          query AuditEventsInStoreInputBounds2($a: String!) {\n            auditEvents(action: $a) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": typeof types.AuditEventsInStoreInputBounds2Document,
    "\n          query UsersInStoreInputBounds($c: String!) {\n            users(first: 1, after: $c) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": typeof types.UsersInStoreInputBoundsDocument,
    "\n  query AppIsAuthorized($i: IsAuthorizedInput!) {\n    isAuthorized(input: $i) {\n      decision\n      principalArn\n      explanation\n      missingContextValues\n      matchedStatements {\n        sid\n        effect\n        policySource {\n          type\n        }\n      }\n    }\n  }\n": typeof types.AppIsAuthorizedDocument,
    "\n  query AppBatchIsAuthorized($r: [IsAuthorizedInput!]!) {\n    batchIsAuthorized(input: { requests: $r }) {\n      results {\n        decision\n        principalArn\n      }\n    }\n  }\n": typeof types.AppBatchIsAuthorizedDocument,
    "\n  mutation AppUserLogout {\n    logout {\n      ok\n    }\n  }\n": typeof types.AppUserLogoutDocument,
    "\n  mutation CreateVirtualMfaDeviceWithQrCodes($n: String!) {\n    createVirtualMfaDevice(input: { virtualMfaDeviceName: $n }) {\n      virtualMfaDevice {\n        base32StringSeed\n        otpauthUri\n        qrCodeSvg\n        qrCodePng\n      }\n    }\n  }\n": typeof types.CreateVirtualMfaDeviceWithQrCodesDocument,
    "\n        query MeInMfaSignin {\n          me {\n            arn\n            ... on User {\n              mfaDevices {\n                serialNumber\n                enableDate\n              }\n            }\n          }\n        }\n      ": typeof types.MeInMfaSigninDocument,
    "\n        query AuditEventsInMfaSignin {\n          auditEvents(first: 20, action: \"signin:ConsoleLogin\") {\n            edges {\n              node {\n                principalArn\n                outcome\n                errorCode\n              }\n            }\n          }\n        }\n      ": typeof types.AuditEventsInMfaSigninDocument,
    "\n        query UserInMfaSignin($u: String!) {\n          user(userName: $u) {\n            mfaDevices {\n              serialNumber\n              userName\n            }\n          }\n        }\n      ": typeof types.UserInMfaSigninDocument,
    "\n        mutation DeactivateMfaDevice($u: String, $s: String!) {\n          deactivateMfaDevice(input: { userName: $u, serialNumber: $s }) {\n            serialNumber\n          }\n        }\n      ": typeof types.DeactivateMfaDeviceDocument,
    "\n        mutation ResyncMfaDevice($i: ResyncMfaDeviceInput!) {\n          resyncMfaDevice(input: $i) {\n            mfaDevice {\n              serialNumber\n            }\n          }\n        }\n      ": typeof types.ResyncMfaDeviceDocument,
    "\n  mutation AssumeRoleWithWebIdentityInOidcFederation($input: AssumeRoleWithWebIdentityInput!) {\n    assumeRoleWithWebIdentity(input: $input) {\n      credentials {\n        sessionToken\n        expiration\n      }\n      assumedRoleUser {\n        arn\n        assumedRoleId\n      }\n      subjectFromWebIdentityToken\n      audience\n      provider\n    }\n  }\n": typeof types.AssumeRoleWithWebIdentityInOidcFederationDocument,
    "\n        query OpenIdConnectProviders {\n          openIdConnectProviders {\n            arn\n            url\n            clientIdList\n            thumbprintList\n          }\n        }\n      ": typeof types.OpenIdConnectProvidersDocument,
    "\n        mutation CreateOpenIdConnectProviderInOidcFederation2($u: String!) {\n          createOpenIdConnectProvider(input: { url: $u, clientIdList: [\"x\"] }) {\n            openIdConnectProviderArn\n          }\n        }\n      ": typeof types.CreateOpenIdConnectProviderInOidcFederation2Document,
    "\n          query MeInOidcFederation {\n            me {\n              arn\n              ... on AssumedRoleSession {\n                roleName\n                roleSessionName\n              }\n            }\n          }\n        ": typeof types.MeInOidcFederationDocument,
    "\n          mutation CreateOpenIdConnectProviderInOidcFederation4 {\n            createOpenIdConnectProvider(input: { url: \"http://127.0.0.1:9/x\", clientIdList: [\"a\"] }) {\n              openIdConnectProviderArn\n            }\n          }\n        ": typeof types.CreateOpenIdConnectProviderInOidcFederation4Document,
    "\n  mutation AssumeRoleWithWebIdentityInOidcSlowIssuer($input: AssumeRoleWithWebIdentityInput!) {\n    assumeRoleWithWebIdentity(input: $input) {\n      credentials {\n        sessionToken\n      }\n      assumedRoleUser {\n        arn\n      }\n    }\n  }\n": typeof types.AssumeRoleWithWebIdentityInOidcSlowIssuerDocument,
    "\n          mutation CreateUserInOidcSlowIssuer($n: String!) {\n            createUser(input: { userName: $n }) {\n              user {\n                userName\n              }\n            }\n          }\n        ": typeof types.CreateUserInOidcSlowIssuerDocument,
    "\n        mutation CreateThreeUsers($a: String!, $b: String!, $c: String!) {\n          a: createUser(input: { userName: $a }) {\n            user {\n              userName\n            }\n          }\n          b: createUser(input: { userName: $b }) {\n            user {\n              userName\n            }\n          }\n          c: createUser(input: { userName: $c }) {\n            user {\n              userName\n            }\n          }\n        }\n      ": typeof types.CreateThreeUsersDocument,
    "\n        mutation CreatePolicyInPoliciesManaged($i: CreatePolicyInput!) {\n          createPolicy(input: $i) {\n            policy {\n              arn\n              policyName\n              defaultVersionId\n            }\n          }\n        }\n      ": typeof types.CreatePolicyInPoliciesManagedDocument,
    "\n        query PoliciesInPoliciesManaged {\n          policies(scope: AWS) {\n            edges {\n              node {\n                arn\n                defaultVersionId\n                attachmentCount\n                defaultVersion {\n                  document\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.PoliciesInPoliciesManagedDocument,
    "\n        query UserInPoliciesManaged {\n          user(userName: \"admin\") {\n            attachedManagedPolicies {\n              policyArn\n            }\n          }\n        }\n      ": typeof types.UserInPoliciesManagedDocument,
    "\n      mutation CreatePolicyVersionInPoliciesManaged($i: CreatePolicyVersionInput!) {\n        createPolicyVersion(input: $i) {\n          policyVersion {\n            versionId\n            isDefaultVersion\n          }\n        }\n      }\n    ": typeof types.CreatePolicyVersionInPoliciesManagedDocument,
    "\n        query PolicyInPoliciesManaged($a: String!) {\n          policy(arn: $a) {\n            versions {\n              versionId\n              isDefaultVersion\n            }\n          }\n        }\n      ": typeof types.PolicyInPoliciesManagedDocument,
    "\n        query PolicyInPoliciesManaged2($a: String!) {\n          policy(arn: $a) {\n            attachmentCount\n          }\n        }\n      ": typeof types.PolicyInPoliciesManaged2Document,
    "\n      mutation AttachUserPolicyInPoliciesManaged($i: AttachUserPolicyInput!) {\n        attachUserPolicy(input: $i) {\n          user {\n            attachedManagedPolicies {\n              policyArn\n            }\n          }\n        }\n      }\n    ": typeof types.AttachUserPolicyInPoliciesManagedDocument,
    "\n      mutation PutUserPolicyInPoliciesManaged($i: PutUserPolicyInput!) {\n        putUserPolicy(input: $i) {\n          user {\n            inlinePolicies {\n              policyName\n            }\n          }\n        }\n      }\n    ": typeof types.PutUserPolicyInPoliciesManagedDocument,
    "\n        query PoliciesInPoliciesManaged2($p: String!) {\n          policies(scope: LOCAL, pathPrefix: $p, first: 2) {\n            edges {\n              node {\n                arn\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n      ": typeof types.PoliciesInPoliciesManaged2Document,
    "\n        query PoliciesInPoliciesManaged3($p: String!, $a: String) {\n          policies(scope: LOCAL, pathPrefix: $p, first: 2, after: $a) {\n            edges {\n              node {\n                arn\n              }\n            }\n          }\n        }\n      ": typeof types.PoliciesInPoliciesManaged3Document,
    "\n        query PoliciesInPoliciesManaged4($p: String!) {\n          policies(scope: LOCAL, pathPrefix: $p, onlyAttached: true) {\n            edges {\n              node {\n                arn\n              }\n            }\n          }\n        }\n      ": typeof types.PoliciesInPoliciesManaged4Document,
    "\n        query SimulateCustomPolicy($i: SimulateCustomPolicyInput!) {\n          simulateCustomPolicy(input: $i) {\n            evaluationResults {\n              evalResourceName\n              evalDecision\n            }\n          }\n        }\n      ": typeof types.SimulateCustomPolicyDocument,
    "\n        query SimulatePrincipalPolicyInPolicyFailClosed($i: SimulatePrincipalPolicyInput!) {\n          simulatePrincipalPolicy(input: $i) {\n            evaluationResults {\n              evalDecision\n            }\n          }\n        }\n      ": typeof types.SimulatePrincipalPolicyInPolicyFailClosedDocument,
    "\n        query EffectivePermissionsInPolicyFailClosed($a: String!) {\n          effectivePermissions(principalArn: $a) {\n            statements {\n              sid\n              effect\n              source {\n                policyArn\n              }\n            }\n          }\n        }\n      ": typeof types.EffectivePermissionsInPolicyFailClosedDocument,
    "\n  fragment PolicySourceFields on PolicySource {\n    type\n    policyId\n    policyArn\n    policyName\n    versionId\n    viaGroup\n    statementIndex\n  }\n": typeof types.PolicySourceFieldsFragmentDoc,
    "\n  query ValidatePolicySources($d: String!) {\n    validatePolicy(policyDocument: $d) {\n      findings {\n        issueCode\n        path\n        policySource {\n          ...PolicySourceFields\n        }\n      }\n    }\n  }\n": typeof types.ValidatePolicySourcesDocument,
    "\n  query ValidateTrustPolicySources($d: String!) {\n    validatePolicy(policyDocument: $d, policyType: TRUST_POLICY) {\n      findings {\n        policySource {\n          ...PolicySourceFields\n        }\n      }\n    }\n  }\n": typeof types.ValidateTrustPolicySourcesDocument,
    "\n        query EffectivePermissionsPolicySources($a: String!) {\n          effectivePermissions(principalArn: $a) {\n            statements {\n              sid\n              source {\n                policyType\n              }\n              policySource {\n                ...PolicySourceFields\n              }\n            }\n          }\n        }\n      ": typeof types.EffectivePermissionsPolicySourcesDocument,
    "\n        query SimulatePrincipalPolicySources($a: String!) {\n          simulatePrincipalPolicy(input: { policySourceArn: $a, actionNames: [\"iam:ListUsers\", \"iam:GetUser\"] }) {\n            evaluationResults {\n              evalActionName\n              evalDecision\n              matchedStatements {\n                sourcePolicyId\n                sourcePolicyType\n                policySource {\n                  ...PolicySourceFields\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.SimulatePrincipalPolicySourcesDocument,
    "\n          query EffectivePermissionsViaGroup($a: String!) {\n            effectivePermissions(principalArn: $a) {\n              statements {\n                source {\n                  viaGroup\n                }\n                policySource {\n                  policyArn\n                  viaGroup\n                }\n              }\n            }\n          }\n        ": typeof types.EffectivePermissionsViaGroupDocument,
    "\n          query SimulateViaGroup($a: String!) {\n            simulatePrincipalPolicy(input: { policySourceArn: $a, actionNames: [\"iam:ListRoles\"] }) {\n              evaluationResults {\n                evalDecision\n                matchedStatements {\n                  policySource {\n                    policyArn\n                    viaGroup\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.SimulateViaGroupDocument,
    "\n        query SimulateCustomPolicySources($d: String!) {\n          simulateCustomPolicy(input: { policyInputList: [$d], actionNames: [\"iam:ListUsers\"] }) {\n            evaluationResults {\n              matchedStatements {\n                policySource {\n                  ...PolicySourceFields\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.SimulateCustomPolicySourcesDocument,
    "\n      mutation UpdateUserInStoreRaces($i: UpdateUserInput!) {\n        updateUser(input: $i) {\n          user {\n            userName\n            path\n          }\n        }\n      }\n    ": typeof types.UpdateUserInStoreRacesDocument,
    "\n      mutation CreateGroupInStoreRaces($i: CreateGroupInput!) {\n        createGroup(input: $i) {\n          group {\n            groupName\n          }\n        }\n      }\n    ": typeof types.CreateGroupInStoreRacesDocument,
    "\n      mutation DeleteGroupInStoreRaces($i: DeleteGroupInput!) {\n        deleteGroup(input: $i) {\n          groupName\n        }\n      }\n    ": typeof types.DeleteGroupInStoreRacesDocument,
    "\n      mutation AddUserToGroupInStoreRaces($i: AddUserToGroupInput!) {\n        addUserToGroup(input: $i) {\n          group {\n            groupName\n          }\n        }\n      }\n    ": typeof types.AddUserToGroupInStoreRacesDocument,
    "\n          query PolicyInPolicyVersionRaces($a: String!) {\n            policy(arn: $a) {\n              defaultVersionId\n              defaultVersion {\n                versionId\n              }\n            }\n          }\n        ": typeof types.PolicyInPolicyVersionRacesDocument,
    "\n  query EffectivePolicyNamesOnReplica($a: String!) {\n    effectivePermissions(principalArn: $a) {\n      statements {\n        source {\n          policyName\n        }\n      }\n    }\n  }\n": typeof types.EffectivePolicyNamesOnReplicaDocument,
    "\n  mutation PutStoredResourcePolicy($i: PutResourcePolicyInput!) {\n    putResourcePolicy(input: $i) {\n      resourcePolicy {\n        resourceArn\n        policyDocument\n        createDate\n        updateDate\n      }\n    }\n  }\n": typeof types.PutStoredResourcePolicyDocument,
    "\n  query GetStoredResourcePolicy($arn: String!) {\n    resourcePolicy(resourceArn: $arn) {\n      resourceArn\n      policyDocument\n      createDate\n      updateDate\n    }\n  }\n": typeof types.GetStoredResourcePolicyDocument,
    "\n  mutation DeleteStoredResourcePolicy($i: DeleteResourcePolicyInput!) {\n    deleteResourcePolicy(input: $i) {\n      resourceArn\n    }\n  }\n": typeof types.DeleteStoredResourcePolicyDocument,
    "\n  query DecideWithStoredResourcePolicy($i: IsAuthorizedInput!) {\n    isAuthorized(input: $i) {\n      decision\n      matchedStatements {\n        sid\n        policySource {\n          type\n          policyArn\n        }\n      }\n    }\n  }\n": typeof types.DecideWithStoredResourcePolicyDocument,
    "\n  query StoredResourcePolicyAudit($a: String) {\n    auditEvents(first: 100, action: $a) {\n      edges {\n        node {\n          action\n          resourceArn\n          outcome\n          errorCode\n          principalArn\n        }\n      }\n    }\n  }\n": typeof types.StoredResourcePolicyAuditDocument,
    "\n  fragment RoleFields on Role {\n    roleName\n    roleId\n    arn\n    path\n    description\n    maxSessionDuration\n    assumeRolePolicyDocument\n    createDate\n    tags {\n      key\n      value\n    }\n  }\n": typeof types.RoleFieldsFragmentDoc,
    "\n        mutation CreateRoleWithFields($input: CreateRoleInput!) {\n          createRole(input: $input) {\n            role {\n              ...RoleFields\n            }\n          }\n        }\n      ": typeof types.CreateRoleWithFieldsDocument,
    "\n        query RoleWithFields($n: String!) {\n          role(roleName: $n) {\n            ...RoleFields\n          }\n        }\n      ": typeof types.RoleWithFieldsDocument,
    "\n            query Role {\n              role(roleName: \"no-such-role\") {\n                arn\n              }\n            }\n          ": typeof types.RoleDocument,
    "\n        mutation UpdateRole($i: UpdateRoleInput!) {\n          updateRole(input: $i) {\n            role {\n              description\n              maxSessionDuration\n            }\n          }\n        }\n      ": typeof types.UpdateRoleDocument,
    "\n        mutation UpdateAssumeRolePolicy($i: UpdateAssumeRolePolicyInput!) {\n          updateAssumeRolePolicy(input: $i) {\n            role {\n              assumeRolePolicyDocument\n            }\n          }\n        }\n      ": typeof types.UpdateAssumeRolePolicyDocument,
    "\n        mutation TagRole($i: TagRoleInput!) {\n          tagRole(input: $i) {\n            role {\n              tags {\n                key\n                value\n              }\n            }\n          }\n        }\n      ": typeof types.TagRoleDocument,
    "\n        mutation UntagRole($i: UntagRoleInput!) {\n          untagRole(input: $i) {\n            role {\n              tags {\n                key\n              }\n            }\n          }\n        }\n      ": typeof types.UntagRoleDocument,
    "\n      query Roles($p: String, $a: String) {\n        roles(pathPrefix: $p, first: 2, after: $a) {\n          edges {\n            node {\n              roleName\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    ": typeof types.RolesDocument,
    "\n            query RolesInRolesCrud {\n              roles {\n                edges {\n                  node {\n                    roleName\n                  }\n                }\n              }\n            }\n          ": typeof types.RolesInRolesCrudDocument,
    "\n        mutation CreateRoleInRolesPolicies($i: CreateRoleInput!) {\n          createRole(input: $i) {\n            role {\n              roleName\n              arn\n            }\n          }\n        }\n      ": typeof types.CreateRoleInRolesPoliciesDocument,
    "\n        query RoleInRolesPolicies($n: String!) {\n          role(roleName: $n) {\n            attachedManagedPolicies {\n              policyName\n              policyArn\n            }\n            inlinePolicies {\n              policyName\n              policyDocument\n            }\n            permissionsBoundary {\n              permissionsBoundaryType\n              permissionsBoundaryArn\n            }\n            effectivePermissions {\n              principalArn\n              statements {\n                sid\n                effect\n                actions\n                source {\n                  policyArn\n                  policyName\n                  policyType\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.RoleInRolesPoliciesDocument,
    "\n        mutation DeleteRolePermissionsBoundary($n: String!) {\n          deleteRolePermissionsBoundary(input: { roleName: $n }) {\n            role {\n              permissionsBoundary {\n                permissionsBoundaryArn\n              }\n            }\n          }\n        }\n      ": typeof types.DeleteRolePermissionsBoundaryDocument,
    "\n        query RoleInRolesPolicies2($r: String!) {\n          role(roleName: $r) {\n            attachedManagedPolicies {\n              policyArn\n            }\n          }\n        }\n      ": typeof types.RoleInRolesPolicies2Document,
    "\n        query RoleInRolesRaces($n: String!) {\n          role(roleName: $n) {\n            description\n            maxSessionDuration\n          }\n        }\n      ": typeof types.RoleInRolesRacesDocument,
    "\n          mutation CreateOpenIdConnectProviderInRolesRaces {\n            createOpenIdConnectProvider(input: { url: \"https://idp.example.org/race\", clientIdList: [\"a\"] }) {\n              openIdConnectProviderArn\n            }\n          }\n        ": typeof types.CreateOpenIdConnectProviderInRolesRacesDocument,
    "\n          query RolesInRolesRaces {\n            roles(first: 1) {\n              edges {\n                node {\n                  roleName\n                }\n              }\n            }\n          }\n        ": typeof types.RolesInRolesRacesDocument,
    "\n  mutation LogoutInSessionCache {\n    logout {\n      ok\n    }\n  }\n": typeof types.LogoutInSessionCacheDocument,
    "\n  query SessionIdsInSessionCache($u: String!) {\n    sessions(userName: $u) {\n      id\n    }\n  }\n": typeof types.SessionIdsInSessionCacheDocument,
    "\n  mutation RevokeSessionInSessionCache($id: ID!) {\n    revokeSession(input: { sessionId: $id }) {\n      sessionId\n    }\n  }\n": typeof types.RevokeSessionInSessionCacheDocument,
    "\n  mutation UpdateAccessKeyInSessionCache($i: UpdateAccessKeyInput!) {\n    updateAccessKey(input: $i) {\n      accessKey {\n        status\n      }\n    }\n  }\n": typeof types.UpdateAccessKeyInSessionCacheDocument,
    "\n        query MeInFoundation {\n          me {\n            arn\n            ... on User {\n              userName\n            }\n          }\n        }\n      ": typeof types.MeInFoundationDocument,
    "\n        mutation LoginInFoundation2($p: String!) {\n          login(input: { userName: \"admin\", password: $p }) {\n            session {\n              token\n            }\n          }\n        }\n      ": typeof types.LoginInFoundation2Document,
    "\n            mutation Logout {\n              logout {\n                ok\n              }\n            }\n          ": typeof types.LogoutDocument,
    "\n  query SimulateCustomPolicyInSimulatePolicies($i: SimulateCustomPolicyInput!) {\n    simulateCustomPolicy(input: $i) {\n      evaluationResults {\n        evalActionName\n        evalResourceName\n        evalDecision\n        missingContextValues\n        allowedByPermissionsBoundary\n        explanation\n        matchedStatements {\n          sourcePolicyId\n          sourcePolicyType\n          statementIndex\n          sid\n          effect\n        }\n      }\n      isTruncated\n    }\n  }\n": typeof types.SimulateCustomPolicyInSimulatePoliciesDocument,
    "\n        mutation PutGroupPolicy($i: PutGroupPolicyInput!) {\n          putGroupPolicy(input: $i) {\n            group {\n              groupName\n            }\n          }\n        }\n      ": typeof types.PutGroupPolicyDocument,
    "\n        query SimulatePrincipalPolicyInSimulatePolicies($i: SimulatePrincipalPolicyInput!) {\n          simulatePrincipalPolicy(input: $i) {\n            evaluationResults {\n              evalActionName\n              evalDecision\n              matchedStatements {\n                sourcePolicyId\n                sourcePolicyType\n                sid\n                effect\n              }\n            }\n          }\n        }\n      ": typeof types.SimulatePrincipalPolicyInSimulatePoliciesDocument,
    "\n        query GroupEffectivePermissions($g: String!) {\n          group(groupName: $g) {\n            effectivePermissions {\n              statements {\n                sid\n                effect\n                source {\n                  policyType\n                  viaGroup\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.GroupEffectivePermissionsDocument,
    "\n      query ValidatePolicyInSimulatePolicies($d: String!) {\n        validatePolicy(policyDocument: $d) {\n          valid\n          findings {\n            findingType\n            issueCode\n            path\n          }\n        }\n      }\n    ": typeof types.ValidatePolicyInSimulatePoliciesDocument,
    "\n  query SimulateCustomPolicyWithResourcePolicy($i: SimulateCustomPolicyInput!) {\n    simulateCustomPolicy(input: $i) {\n      evaluationResults {\n        evalResourceName\n        evalDecision\n        explanation\n        matchedStatements {\n          sid\n          effect\n          policySource {\n            type\n            policyId\n          }\n        }\n      }\n    }\n  }\n": typeof types.SimulateCustomPolicyWithResourcePolicyDocument,
    "\n  query SimulatePrincipalPolicyWithResourcePolicy($i: SimulatePrincipalPolicyInput!) {\n    simulatePrincipalPolicy(input: $i) {\n      evaluationResults {\n        evalDecision\n        explanation\n      }\n    }\n  }\n": typeof types.SimulatePrincipalPolicyWithResourcePolicyDocument,
    "\n  query ValidateResourcePolicy($d: String!) {\n    validatePolicy(policyDocument: $d, policyType: RESOURCE_POLICY) {\n      valid\n      findings {\n        findingType\n        issueCode\n        path\n      }\n    }\n  }\n": typeof types.ValidateResourcePolicyDocument,
    "\n  query SimulateCustomPolicyInSimulateBounds($i: SimulateCustomPolicyInput!) {\n    simulateCustomPolicy(input: $i) {\n      evaluationResults {\n        evalActionName\n        evalResourceName\n        evalDecision\n      }\n    }\n  }\n": typeof types.SimulateCustomPolicyInSimulateBoundsDocument,
    "\n  query SimulatePrincipalPolicyInSimulateBounds($i: SimulatePrincipalPolicyInput!) {\n    simulatePrincipalPolicy(input: $i) {\n      evaluationResults {\n        evalActionName\n        evalDecision\n      }\n    }\n  }\n": typeof types.SimulatePrincipalPolicyInSimulateBoundsDocument,
    "\n      query ValidatePolicy($d: String!) {\n        validatePolicy(policyDocument: $d, policyType: IDENTITY_POLICY) {\n          valid\n        }\n      }\n    ": typeof types.ValidatePolicyDocument,
    "\n  query SimulatePrincipalPolicyInSimulateAgreeApi($i: SimulatePrincipalPolicyInput!) {\n    simulatePrincipalPolicy(input: $i) {\n      evaluationResults {\n        evalActionName\n        evalResourceName\n        evalDecision\n        explanation\n        matchedStatements {\n          sid\n        }\n      }\n    }\n  }\n": typeof types.SimulatePrincipalPolicyInSimulateAgreeApiDocument,
    "\n  query SimulateCustomPolicyInSimulateAgreeApi($i: SimulateCustomPolicyInput!) {\n    simulateCustomPolicy(input: $i) {\n      evaluationResults {\n        evalActionName\n        evalResourceName\n        evalDecision\n        explanation\n      }\n    }\n  }\n": typeof types.SimulateCustomPolicyInSimulateAgreeApiDocument,
    "\n        query MeInSimulateAgreeApi {\n          me {\n            ... on User {\n              userName\n            }\n          }\n        }\n      ": typeof types.MeInSimulateAgreeApiDocument,
    "\n        mutation CreateRoleInStsAssumeRole($input: CreateRoleInput!) {\n          createRole(input: $input) {\n            role {\n              roleName\n              roleId\n              arn\n            }\n          }\n        }\n      ": typeof types.CreateRoleInStsAssumeRoleDocument,
    "\n        query MeInStsAssumeRole {\n          me {\n            arn\n            userId\n            ... on AssumedRoleSession {\n              assumedRoleId\n              roleArn\n              roleName\n              roleSessionName\n              expiration\n            }\n          }\n        }\n      ": typeof types.MeInStsAssumeRoleDocument,
    "\n        query AuditEventsInStsAssumeRole($p: String) {\n          auditEvents(principalArn: $p, action: \"sts:AssumeRole\") {\n            edges {\n              node {\n                action\n                resourceArn\n                outcome\n              }\n            }\n          }\n        }\n      ": typeof types.AuditEventsInStsAssumeRoleDocument,
    "\n        query AuditEventsInStsInputBounds($p: String) {\n          auditEvents(principalArn: $p, action: \"sts:AssumeRole\") {\n            edges {\n              node {\n                resourceArn\n                outcome\n              }\n            }\n          }\n        }\n      ": typeof types.AuditEventsInStsInputBoundsDocument,
    "\n        mutation AssumeRoleWithWebIdentityInStsInputBounds($i: AssumeRoleWithWebIdentityInput!) {\n          assumeRoleWithWebIdentity(input: $i) {\n            assumedRoleUser {\n              arn\n            }\n          }\n        }\n      ": typeof types.AssumeRoleWithWebIdentityInStsInputBoundsDocument,
    "\n        mutation CreateVirtualMfaDeviceInStsMfa($n: String!) {\n          createVirtualMfaDevice(input: { virtualMfaDeviceName: $n }) {\n            virtualMfaDevice {\n              serialNumber\n              base32StringSeed\n            }\n          }\n        }\n      ": typeof types.CreateVirtualMfaDeviceInStsMfaDocument,
    "\n        mutation EnableMfaDevice($i: EnableMfaDeviceInput!) {\n          enableMfaDevice(input: $i) {\n            mfaDevice {\n              serialNumber\n            }\n          }\n        }\n      ": typeof types.EnableMfaDeviceDocument,
    "\n        mutation LoginInStsMfa($u: String!, $p: String!) {\n          login(input: { userName: $u, password: $p }) {\n            status\n            mfaChallenge {\n              token\n            }\n          }\n        }\n      ": typeof types.LoginInStsMfaDocument,
    "\n  query SimulatePrincipalPolicyInStsRoleChaining($i: SimulatePrincipalPolicyInput!) {\n    simulatePrincipalPolicy(input: $i) {\n      evaluationResults {\n        evalActionName\n        evalResourceName\n        evalDecision\n        explanation\n        matchedStatements {\n          sourcePolicyType\n          effect\n        }\n      }\n    }\n  }\n": typeof types.SimulatePrincipalPolicyInStsRoleChainingDocument,
    "\n        mutation TagUserInTagRaces($n: String!, $t: [TagInput!]!) {\n          tagUser(input: { userName: $n, tags: $t }) {\n            user {\n              userName\n            }\n          }\n        }\n      ": typeof types.TagUserInTagRacesDocument,
    "\n        mutation UntagUserInTagRaces($n: String!, $k: [String!]!) {\n          untagUser(input: { userName: $n, tagKeys: $k }) {\n            user {\n              userName\n            }\n          }\n        }\n      ": typeof types.UntagUserInTagRacesDocument,
    "\n              query UserInTagRaces($n: String!) {\n                user(userName: $n) {\n                  tags {\n                    key\n                    value\n                  }\n                }\n              }\n            ": typeof types.UserInTagRacesDocument,
    "\n        mutation TagRoleInTagRaces($n: String!, $t: [TagInput!]!) {\n          tagRole(input: { roleName: $n, tags: $t }) {\n            role {\n              roleName\n            }\n          }\n        }\n      ": typeof types.TagRoleInTagRacesDocument,
    "\n        mutation UntagRoleInTagRaces($n: String!, $k: [String!]!) {\n          untagRole(input: { roleName: $n, tagKeys: $k }) {\n            role {\n              roleName\n            }\n          }\n        }\n      ": typeof types.UntagRoleInTagRacesDocument,
    "\n              query RoleInTagRaces($n: String!) {\n                role(roleName: $n) {\n                  tags {\n                    key\n                    value\n                  }\n                }\n              }\n            ": typeof types.RoleInTagRacesDocument,
    "\n        mutation UpdateUserInTrustIdentities($i: UpdateUserInput!) {\n          updateUser(input: $i) {\n            user {\n              userName\n            }\n          }\n        }\n      ": typeof types.UpdateUserInTrustIdentitiesDocument,
    "\n        mutation CreateUserInTrustIdentities($i: CreateUserInput!) {\n          createUser(input: $i) {\n            user {\n              userName\n            }\n          }\n        }\n      ": typeof types.CreateUserInTrustIdentitiesDocument,
    "\n          query UserInTrustIdentities($n: String!) {\n            user(userName: $n) {\n              userId\n            }\n          }\n        ": typeof types.UserInTrustIdentitiesDocument,
    "\n        mutation CreateRoleInTrustIdentities($i: CreateRoleInput!) {\n          createRole(input: $i) {\n            role {\n              roleId\n              arn\n            }\n          }\n        }\n      ": typeof types.CreateRoleInTrustIdentitiesDocument,
    "\n            query ValidatePolicyInTrustIdentities($d: String!) {\n              validatePolicy(policyDocument: $d, policyType: TRUST_POLICY) {\n                valid\n                findings {\n                  findingType\n                  issueCode\n                  path\n                }\n              }\n            }\n          ": typeof types.ValidatePolicyInTrustIdentitiesDocument,
    "\n  query UserInUserCache($n: String!) {\n    user(userName: $n) {\n      arn\n      path\n      tags {\n        key\n        value\n      }\n    }\n  }\n": typeof types.UserInUserCacheDocument,
    "\n  mutation MoveUserInUserCache($n: String!, $p: String!) {\n    updateUser(input: { userName: $n, newPath: $p }) {\n      user {\n        path\n      }\n    }\n  }\n": typeof types.MoveUserInUserCacheDocument,
    "\n  query PasswordLastUsedInUserCache($n: String!) {\n    user(userName: $n) {\n      passwordLastUsed\n    }\n  }\n": typeof types.PasswordLastUsedInUserCacheDocument,
    "\n  query EffectiveByArnInUserCache($a: String!) {\n    effectivePermissions(principalArn: $a) {\n      principalArn\n    }\n  }\n": typeof types.EffectiveByArnInUserCacheDocument,
    "\n        mutation CreateUserInFoundation {\n          createUser(input: { userName: \"no spaces allowed\" }) {\n            user {\n              arn\n            }\n          }\n        }\n      ": typeof types.CreateUserInFoundationDocument,
    "\n        query UserInFoundation {\n          user(userName: \"nobody-here\") {\n            arn\n          }\n        }\n      ": typeof types.UserInFoundationDocument,
    "\n          query UsersInUsers($p: String, $a: String) {\n            users(first: 2, after: $a, pathPrefix: $p) {\n              edges {\n                node {\n                  userName\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        ": typeof types.UsersInUsersDocument,
    "\n            query UsersInUsers2 {\n              users(first: 0) {\n                edges {\n                  cursor\n                }\n              }\n            }\n          ": typeof types.UsersInUsers2Document,
    "\n            query UsersInUsers3 {\n              users(after: \"%%%\") {\n                edges {\n                  cursor\n                }\n              }\n            }\n          ": typeof types.UsersInUsers3Document,
    "\n        mutation UpdateUserInUsers($u: String!, $n: String!) {\n          updateUser(input: { userName: $u, newUserName: $n, newPath: \"/ops/\" }) {\n            user {\n              arn\n              userId\n            }\n          }\n        }\n      ": typeof types.UpdateUserInUsersDocument,
    "\n            query UserInUsers($u: String!) {\n              user(userName: $u) {\n                arn\n              }\n            }\n          ": typeof types.UserInUsersDocument,
    "\n        mutation TagUserInUsers($u: String!) {\n          tagUser(input: { userName: $u, tags: [{ key: \"team\", value: \"red\" }, { key: \"cost\", value: \"42\" }] }) {\n            user {\n              tags {\n                key\n                value\n              }\n            }\n          }\n        }\n      ": typeof types.TagUserInUsersDocument,
    "\n        mutation UntagUserInUsers($u: String!) {\n          untagUser(input: { userName: $u, tagKeys: [\"TEAM\"] }) {\n            user {\n              tags {\n                key\n              }\n            }\n          }\n        }\n      ": typeof types.UntagUserInUsersDocument,
    "\n            mutation TagUserInUsers2($u: String!, $t: [TagInput!]!) {\n              tagUser(input: { userName: $u, tags: $t }) {\n                user {\n                  userName\n                }\n              }\n            }\n          ": typeof types.TagUserInUsers2Document,
    "\n        mutation TagUserInUsers3($u: String!) {\n          tagUser(input: { userName: $u, tags: [{ key: \"aws:x\", value: \"v\" }] }) {\n            user {\n              userName\n            }\n          }\n        }\n      ": typeof types.TagUserInUsers3Document,
    "\n        mutation CreateLoginProfileInUsers($u: String!, $p: String!) {\n          createLoginProfile(input: { userName: $u, password: $p }) {\n            loginProfile {\n              userName\n              createDate\n            }\n          }\n        }\n      ": typeof types.CreateLoginProfileInUsersDocument,
    "\n        mutation DeleteLoginProfileInUsers($u: String!) {\n          deleteLoginProfile(input: { userName: $u }) {\n            userName\n          }\n        }\n      ": typeof types.DeleteLoginProfileInUsersDocument,
    "\n        mutation CreateLoginProfileInUsers2($u: String!, $p: String!) {\n          createLoginProfile(input: { userName: $u, password: $p, passwordResetRequired: true }) {\n            loginProfile {\n              userName\n            }\n          }\n        }\n      ": typeof types.CreateLoginProfileInUsers2Document,
    "\n            query UsersInUsers4 {\n              users {\n                edges {\n                  cursor\n                }\n              }\n            }\n          ": typeof types.UsersInUsers4Document,
    "\n        mutation CreateUserInUsers($n: String!) {\n          createUser(input: { userName: $n, permissionsBoundary: \"arn:aws:iam::aws:policy/IAMReadOnlyAccess\" }) {\n            user {\n              permissionsBoundary {\n                permissionsBoundaryArn\n                permissionsBoundaryType\n              }\n            }\n          }\n        }\n      ": typeof types.CreateUserInUsersDocument,
    "\n        mutation CreateUserInUsers2($n: String!) {\n          createUser(input: { userName: $n, permissionsBoundary: \"arn:aws:iam::000000000000:policy/NoSuchPolicy\" }) {\n            user {\n              arn\n            }\n          }\n        }\n      ": typeof types.CreateUserInUsers2Document,
    "\n  mutation DeactivateInPasskeyTests($i: DeactivateMfaDeviceInput!) {\n    deactivateMfaDevice(input: $i) {\n      serialNumber\n    }\n  }\n": typeof types.DeactivateInPasskeyTestsDocument,
    "\n  mutation DeactivateInWebAuthnTests($i: DeactivateMfaDeviceInput!) {\n    deactivateMfaDevice(input: $i) {\n      serialNumber\n    }\n  }\n": typeof types.DeactivateInWebAuthnTestsDocument,
    "\n  query AuditEventsInWebAuthnTests($a: String) {\n    auditEvents(first: 50, action: $a) {\n      edges {\n        node {\n          action\n          resourceArn\n          outcome\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsInWebAuthnTestsDocument,
    "\n      mutation RespondEitherInWebAuthnTests($t: String!, $c: String, $r: String) {\n        respondToMfaChallenge(input: { challengeToken: $t, code: $c, webAuthnResponseJson: $r }) {\n          status\n        }\n      }\n    ": typeof types.RespondEitherInWebAuthnTestsDocument,
    "\n      mutation CreateUserInFactories($input: CreateUserInput!) {\n        createUser(input: $input) {\n          user {\n            userName\n            userId\n            arn\n            path\n          }\n        }\n      }\n    ": typeof types.CreateUserInFactoriesDocument,
    "\n      mutation CreateLoginProfileInFactories($input: CreateLoginProfileInput!) {\n        createLoginProfile(input: $input) {\n          loginProfile {\n            userName\n          }\n        }\n      }\n    ": typeof types.CreateLoginProfileInFactoriesDocument,
    "\n  mutation AssumeRoleForSession($input: AssumeRoleInput!) {\n    assumeRole(input: $input) {\n      credentials {\n        sessionToken\n        expiration\n      }\n      assumedRoleUser {\n        arn\n        assumedRoleId\n      }\n    }\n  }\n": typeof types.AssumeRoleForSessionDocument,
    "\n          mutation CreateRoleInIamFixtures($i: CreateRoleInput!) {\n            createRole(input: $i) {\n              role {\n                roleName\n                roleId\n                arn\n              }\n            }\n          }\n        ": typeof types.CreateRoleInIamFixturesDocument,
    "\n    mutation LoginInMfa($u: String!, $p: String!) {\n      login(input: { userName: $u, password: $p }) {\n        status\n        session {\n          token\n          expiresAt\n          mfaAuthenticated\n        }\n        mfaChallenge {\n          token\n          expiresAt\n        }\n      }\n    }\n  ": typeof types.LoginInMfaDocument,
    "\n    mutation CreateVirtualMfaDeviceInMfa($n: String!) {\n      createVirtualMfaDevice(input: { virtualMfaDeviceName: $n }) {\n        virtualMfaDevice {\n          serialNumber\n          base32StringSeed\n          otpauthUri\n          qrCodeSvg\n        }\n      }\n    }\n  ": typeof types.CreateVirtualMfaDeviceInMfaDocument,
    "\n    mutation EnableMfaDeviceInMfa($i: EnableMfaDeviceInput!) {\n      enableMfaDevice(input: $i) {\n        mfaDevice {\n          serialNumber\n          userName\n          enableDate\n        }\n        recoveryCodes\n      }\n    }\n  ": typeof types.EnableMfaDeviceInMfaDocument,
    "\n  query AccountPasswordPolicy {\n    accountPasswordPolicy {\n      minimumPasswordLength\n    }\n  }\n": typeof types.AccountPasswordPolicyDocument,
    "\n  mutation AddUserToGroup($i: AddUserToGroupInput!) {\n    addUserToGroup(input: $i) {\n      user {\n        userName\n      }\n    }\n  }\n": typeof types.AddUserToGroupDocument,
    "\n  mutation AssumeRoleSessionArn($input: AssumeRoleInput!) {\n    assumeRole(input: $input) {\n      credentials {\n        sessionToken\n      }\n      assumedRoleUser {\n        arn\n      }\n    }\n  }\n": typeof types.AssumeRoleSessionArnDocument,
    "\n  mutation AttachGroupPolicy($i: AttachGroupPolicyInput!) {\n    attachGroupPolicy(input: $i) {\n      group {\n        groupName\n      }\n    }\n  }\n": typeof types.AttachGroupPolicyDocument,
    "\n  mutation AttachRolePolicy($i: AttachRolePolicyInput!) {\n    attachRolePolicy(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n": typeof types.AttachRolePolicyDocument,
    "\n  mutation AttachUserPolicy($u: String!) {\n    attachUserPolicy(input: { userName: $u, policyArn: \"arn:aws:iam::aws:policy/IAMReadOnlyAccess\" }) {\n      user {\n        userName\n      }\n    }\n  }\n": typeof types.AttachUserPolicyDocument,
    "\n  mutation AttachUserPolicyByInput($i: AttachUserPolicyInput!) {\n    attachUserPolicy(input: $i) {\n      user {\n        userName\n      }\n    }\n  }\n": typeof types.AttachUserPolicyByInputDocument,
    "\n  mutation ChangePassword($i: ChangePasswordInput!) {\n    changePassword(input: $i) {\n      __typename\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation CreateAccessKey($u: String) {\n    createAccessKey(input: { userName: $u }) {\n      accessKey {\n        accessKeyId\n        secretAccessKey\n      }\n    }\n  }\n": typeof types.CreateAccessKeyDocument,
    "\n  mutation CreateAccessKeyId($u: String!) {\n    createAccessKey(input: { userName: $u }) {\n      accessKey {\n        accessKeyId\n      }\n    }\n  }\n": typeof types.CreateAccessKeyIdDocument,
    "\n  mutation CreateGroup($i: CreateGroupInput!) {\n    createGroup(input: $i) {\n      group {\n        arn\n      }\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation CreateLoginProfile($i: CreateLoginProfileInput!) {\n    createLoginProfile(input: $i) {\n      loginProfile {\n        userName\n      }\n    }\n  }\n": typeof types.CreateLoginProfileDocument,
    "\n  mutation CreateOidcProvider($input: CreateOpenIdConnectProviderInput!) {\n    createOpenIdConnectProvider(input: $input) {\n      openIdConnectProviderArn\n    }\n  }\n": typeof types.CreateOidcProviderDocument,
    "\n  mutation CreateOidcProviderForClient($u: String!, $c: String!) {\n    createOpenIdConnectProvider(input: { url: $u, clientIdList: [$c] }) {\n      openIdConnectProviderArn\n    }\n  }\n": typeof types.CreateOidcProviderForClientDocument,
    "\n  mutation CreatePolicy($i: CreatePolicyInput!) {\n    createPolicy(input: $i) {\n      policy {\n        arn\n      }\n    }\n  }\n": typeof types.CreatePolicyDocument,
    "\n  mutation CreatePolicyVersion($i: CreatePolicyVersionInput!) {\n    createPolicyVersion(input: $i) {\n      policyVersion {\n        versionId\n      }\n    }\n  }\n": typeof types.CreatePolicyVersionDocument,
    "\n  mutation CreateRole($i: CreateRoleInput!) {\n    createRole(input: $i) {\n      role {\n        arn\n      }\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation CreateRoleName($i: CreateRoleInput!) {\n    createRole(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n": typeof types.CreateRoleNameDocument,
    "\n  mutation CreateRoleArn($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        arn\n      }\n    }\n  }\n": typeof types.CreateRoleArnDocument,
    "\n  mutation CreateUser($n: String!) {\n    createUser(input: { userName: $n }) {\n      user {\n        arn\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation CreateUserArn($i: CreateUserInput!) {\n    createUser(input: $i) {\n      user {\n        arn\n      }\n    }\n  }\n": typeof types.CreateUserArnDocument,
    "\n  mutation DeleteGroup($g: String!) {\n    deleteGroup(input: { groupName: $g }) {\n      groupName\n    }\n  }\n": typeof types.DeleteGroupDocument,
    "\n  mutation DeleteLoginProfileByInput($i: DeleteLoginProfileInput!) {\n    deleteLoginProfile(input: $i) {\n      userName\n    }\n  }\n": typeof types.DeleteLoginProfileByInputDocument,
    "\n  mutation DeleteOpenIdConnectProvider($a: String!) {\n    deleteOpenIdConnectProvider(input: { openIdConnectProviderArn: $a }) {\n      openIdConnectProviderArn\n    }\n  }\n": typeof types.DeleteOpenIdConnectProviderDocument,
    "\n  mutation DeletePolicy($i: DeletePolicyInput!) {\n    deletePolicy(input: $i) {\n      policyArn\n    }\n  }\n": typeof types.DeletePolicyDocument,
    "\n  mutation DeletePolicyVersion($i: DeletePolicyVersionInput!) {\n    deletePolicyVersion(input: $i) {\n      policy {\n        arn\n      }\n    }\n  }\n": typeof types.DeletePolicyVersionDocument,
    "\n  mutation DeleteRole($n: String!) {\n    deleteRole(input: { roleName: $n }) {\n      roleName\n    }\n  }\n": typeof types.DeleteRoleDocument,
    "\n  mutation DeleteRoleByInput($i: DeleteRoleInput!) {\n    deleteRole(input: $i) {\n      roleName\n    }\n  }\n": typeof types.DeleteRoleByInputDocument,
    "\n  mutation DeleteRolePolicy($i: DeleteRolePolicyInput!) {\n    deleteRolePolicy(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n": typeof types.DeleteRolePolicyDocument,
    "\n  mutation DeleteUser($u: String!) {\n    deleteUser(input: { userName: $u }) {\n      userName\n    }\n  }\n": typeof types.DeleteUserDocument,
    "\n  mutation DeleteUserByInput($i: DeleteUserInput!) {\n    deleteUser(input: $i) {\n      userName\n    }\n  }\n": typeof types.DeleteUserByInputDocument,
    "\n  mutation DeleteUserPolicy($i: DeleteUserPolicyInput!) {\n    deleteUserPolicy(input: $i) {\n      user {\n        userName\n      }\n    }\n  }\n": typeof types.DeleteUserPolicyDocument,
    "\n  mutation DeleteVirtualMfaDevice($s: String!) {\n    deleteVirtualMfaDevice(input: { serialNumber: $s }) {\n      serialNumber\n    }\n  }\n": typeof types.DeleteVirtualMfaDeviceDocument,
    "\n  mutation DetachRolePolicy($i: DetachRolePolicyInput!) {\n    detachRolePolicy(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n": typeof types.DetachRolePolicyDocument,
    "\n  mutation DetachUserPolicy($i: DetachUserPolicyInput!) {\n    detachUserPolicy(input: $i) {\n      user {\n        userName\n      }\n    }\n  }\n": typeof types.DetachUserPolicyDocument,
    "\n  query EffectivePermissionsPrincipal($a: String!) {\n    effectivePermissions(principalArn: $a) {\n      principalArn\n    }\n  }\n": typeof types.EffectivePermissionsPrincipalDocument,
    "\n  mutation GenerateRecoveryCodesFor($u: String) {\n    generateRecoveryCodes(input: { userName: $u }) {\n      recoveryCodes\n    }\n  }\n": typeof types.GenerateRecoveryCodesForDocument,
    "\n  mutation GetSessionToken($i: GetSessionTokenInput!) {\n    getSessionToken(input: $i) {\n      credentials {\n        sessionToken\n      }\n    }\n  }\n": typeof types.GetSessionTokenDocument,
    "\n  mutation LoginSession($u: String!, $p: String!) {\n    login(input: { userName: $u, password: $p }) {\n      session {\n        token\n      }\n    }\n  }\n": typeof types.LoginSessionDocument,
    "\n  mutation LoginStatusAndSession($u: String!, $p: String!) {\n    login(input: { userName: $u, password: $p }) {\n      status\n      session {\n        token\n      }\n    }\n  }\n": typeof types.LoginStatusAndSessionDocument,
    "\n  mutation LoginStatus($u: String!, $p: String!) {\n    login(input: { userName: $u, password: $p }) {\n      status\n    }\n  }\n": typeof types.LoginStatusDocument,
    "\n  mutation LoginWithSessionDelivery($u: String!, $p: String!, $d: SessionDelivery) {\n    login(input: { userName: $u, password: $p, sessionDelivery: $d }) {\n      status\n      session {\n        token\n        expiresAt\n        mfaAuthenticated\n      }\n    }\n  }\n": typeof types.LoginWithSessionDeliveryDocument,
    "\n  query Me {\n    me {\n      arn\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Policies {\n    policies {\n      edges {\n        node {\n          arn\n        }\n      }\n    }\n  }\n": typeof types.PoliciesDocument,
    "\n  query Policy($a: String!) {\n    policy(arn: $a) {\n      arn\n    }\n  }\n": typeof types.PolicyDocument,
    "\n  mutation PutRolePermissionsBoundary($i: PutRolePermissionsBoundaryInput!) {\n    putRolePermissionsBoundary(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n": typeof types.PutRolePermissionsBoundaryDocument,
    "\n  mutation PutRolePolicy($i: PutRolePolicyInput!) {\n    putRolePolicy(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n": typeof types.PutRolePolicyDocument,
    "\n  mutation PutUserPermissionsBoundary($i: PutUserPermissionsBoundaryInput!) {\n    putUserPermissionsBoundary(input: $i) {\n      user {\n        userName\n      }\n    }\n  }\n": typeof types.PutUserPermissionsBoundaryDocument,
    "\n  mutation PutUserPolicy($i: PutUserPolicyInput!) {\n    putUserPolicy(input: $i) {\n      user {\n        userName\n      }\n    }\n  }\n": typeof types.PutUserPolicyDocument,
    "\n  mutation RespondToMfaChallenge($t: String!, $c: String!) {\n    respondToMfaChallenge(input: { challengeToken: $t, code: $c }) {\n      status\n      session {\n        token\n        mfaAuthenticated\n      }\n    }\n  }\n": typeof types.RespondToMfaChallengeDocument,
    "\n  mutation RevokeRoleSessions($n: String!) {\n    revokeRoleSessions(input: { roleName: $n }) {\n      revokedCount\n    }\n  }\n": typeof types.RevokeRoleSessionsDocument,
    "\n  mutation RevokeUserSessions($n: String!) {\n    revokeUserSessions(input: { userName: $n }) {\n      revokedCount\n    }\n  }\n": typeof types.RevokeUserSessionsDocument,
    "\n  query RoleTrustPolicy($n: String!) {\n    role(roleName: $n) {\n      assumeRolePolicyDocument\n    }\n  }\n": typeof types.RoleTrustPolicyDocument,
    "\n  query RoleArn($n: String!) {\n    role(roleName: $n) {\n      arn\n    }\n  }\n": typeof types.RoleArnDocument,
    "\n  mutation SetDefaultPolicyVersion($i: SetDefaultPolicyVersionInput!) {\n    setDefaultPolicyVersion(input: $i) {\n      policy {\n        defaultVersionId\n      }\n    }\n  }\n": typeof types.SetDefaultPolicyVersionDocument,
    "\n  mutation SetDefaultPolicyVersionArn($i: SetDefaultPolicyVersionInput!) {\n    setDefaultPolicyVersion(input: $i) {\n      policy {\n        arn\n      }\n    }\n  }\n": typeof types.SetDefaultPolicyVersionArnDocument,
    "\n  mutation TagUser($i: TagUserInput!) {\n    tagUser(input: $i) {\n      user {\n        userName\n      }\n    }\n  }\n": typeof types.TagUserDocument,
    "\n  query Typename {\n    __typename\n  }\n": typeof types.TypenameDocument,
    "\n  mutation UpdateTrustPolicy($i: UpdateAssumeRolePolicyInput!) {\n    updateAssumeRolePolicy(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n": typeof types.UpdateTrustPolicyDocument,
    "\n  mutation UpdateLoginProfile($i: UpdateLoginProfileInput!) {\n    updateLoginProfile(input: $i) {\n      loginProfile {\n        userName\n      }\n    }\n  }\n": typeof types.UpdateLoginProfileDocument,
    "\n  mutation UpdateRoleName($i: UpdateRoleInput!) {\n    updateRole(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n": typeof types.UpdateRoleNameDocument,
    "\n  query UserArn($n: String!) {\n    user(userName: $n) {\n      arn\n    }\n  }\n": typeof types.UserArnDocument,
    "\n  query UserName($n: String!) {\n    user(userName: $n) {\n      userName\n    }\n  }\n": typeof types.UserNameDocument,
    "\n  query UserNameByName($n: String!) {\n    user(userName: $n) {\n      userName\n    }\n  }\n": typeof types.UserNameByNameDocument,
    "\n  query FirstUserCursor {\n    users(first: 1) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.FirstUserCursorDocument,
    "\n  query FirstUserName {\n    users(first: 1) {\n      edges {\n        node {\n          userName\n        }\n      }\n    }\n  }\n": typeof types.FirstUserNameDocument,
    "\n  query UserNames {\n    users {\n      edges {\n        node {\n          userName\n        }\n      }\n    }\n  }\n": typeof types.UserNamesDocument,
    "\n          mutation AdminLogin($u: String!, $p: String!) {\n            login(input: { userName: $u, password: $p }) {\n              status\n              session {\n                token\n              }\n            }\n          }\n        ": typeof types.AdminLoginDocument,
    "\n    mutation CreateWebAuthnRegistrationOptionsInTests($i: CreateWebAuthnRegistrationOptionsInput!) {\n      createWebAuthnRegistrationOptions(input: $i) {\n        optionsJson\n      }\n    }\n  ": typeof types.CreateWebAuthnRegistrationOptionsInTestsDocument,
    "\n    mutation CompleteWebAuthnRegistrationInTests($i: CompleteWebAuthnRegistrationInput!) {\n      completeWebAuthnRegistration(input: $i) {\n        mfaDevice {\n          serialNumber\n          type\n          enableDate\n          userName\n          passkeySignIn\n        }\n        recoveryCodes\n      }\n    }\n  ": typeof types.CompleteWebAuthnRegistrationInTestsDocument,
    "\n    mutation LoginInWebAuthnTests($u: String!, $p: String!) {\n      login(input: { userName: $u, password: $p }) {\n        status\n        session {\n          token\n          mfaAuthenticated\n        }\n        mfaChallenge {\n          token\n          methods\n          webAuthnOptionsJson\n        }\n      }\n    }\n  ": typeof types.LoginInWebAuthnTestsDocument,
    "\n    mutation RespondWithWebAuthnInTests($t: String!, $r: String!) {\n      respondToMfaChallenge(input: { challengeToken: $t, webAuthnResponseJson: $r }) {\n        status\n        session {\n          token\n          mfaAuthenticated\n        }\n      }\n    }\n  ": typeof types.RespondWithWebAuthnInTestsDocument,
    "\n    mutation CreatePasskeySignInOptionsInTests {\n      createPasskeySignInOptions {\n        challengeToken\n        optionsJson\n      }\n    }\n  ": typeof types.CreatePasskeySignInOptionsInTestsDocument,
    "\n    mutation CompletePasskeySignInInTests($i: CompletePasskeySignInInput!) {\n      completePasskeySignIn(input: $i) {\n        status\n        session {\n          token\n          mfaAuthenticated\n        }\n        mfaChallenge {\n          token\n        }\n      }\n    }\n  ": typeof types.CompletePasskeySignInInTestsDocument,
    "\n    query MfaDevicesInWebAuthnTests($n: String!) {\n      user(userName: $n) {\n        mfaDevices {\n          serialNumber\n          type\n          passkeySignIn\n        }\n      }\n    }\n  ": typeof types.MfaDevicesInWebAuthnTestsDocument,
};
const documents: Documents = {
    "\n  mutation UpdateAccessKey($i: UpdateAccessKeyInput!) {\n    updateAccessKey(input: $i) {\n      accessKey {\n        status\n      }\n    }\n  }\n": types.UpdateAccessKeyDocument,
    "\n  mutation DeleteAccessKey($i: DeleteAccessKeyInput!) {\n    deleteAccessKey(input: $i) {\n      accessKeyId\n    }\n  }\n": types.DeleteAccessKeyDocument,
    "\n  query AuditEvents($a: String) {\n    auditEvents(first: 100, action: $a) {\n      edges {\n        node {\n          action\n          resourceArn\n          outcome\n          errorCode\n          principalArn\n          sessionId\n          roleSessionName\n          accessKeyId\n          webIdentitySubject\n          webIdentityIssuer\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  mutation AssumeRole($i: AssumeRoleInput!) {\n    assumeRole(input: $i) {\n      credentials {\n        sessionToken\n      }\n    }\n  }\n": types.AssumeRoleDocument,
    "\n        query AuditEventsInAuditIdentity($s: String) {\n          auditEvents(first: 10, sessionId: $s) {\n            edges {\n              node {\n                resourceArn\n              }\n            }\n          }\n        }\n      ": types.AuditEventsInAuditIdentityDocument,
    "\n        mutation CreateOpenIdConnectProvider($i: CreateOpenIdConnectProviderInput!) {\n          createOpenIdConnectProvider(input: $i) {\n            openIdConnectProviderArn\n          }\n        }\n      ": types.CreateOpenIdConnectProviderDocument,
    "\n      mutation AssumeRoleWithWebIdentity($i: AssumeRoleWithWebIdentityInput!) {\n        assumeRoleWithWebIdentity(input: $i) {\n          credentials {\n            sessionToken\n          }\n        }\n      }\n    ": types.AssumeRoleWithWebIdentityDocument,
    "\n  query AuditEventsInAudit($a: String) {\n    auditEvents(first: 20, action: $a) {\n      edges {\n        node {\n          action\n          resourceArn\n          outcome\n          errorCode\n          principalArn\n          requestId\n          sourceIp\n        }\n      }\n    }\n  }\n": types.AuditEventsInAuditDocument,
    "\n        mutation Login {\n          login(input: { userName: \"surely-unknown-user\", password: \"Secret-typed-in-wrong-box\" }) {\n            status\n          }\n        }\n      ": types.LoginDocument,
    "\n        mutation UpdateAccountPasswordPolicy($i: UpdateAccountPasswordPolicyInput!) {\n          updateAccountPasswordPolicy(input: $i) {\n            passwordPolicy {\n              allowUsersToChangePassword\n            }\n          }\n        }\n      ": types.UpdateAccountPasswordPolicyDocument,
    "\n      query UsersInAuthzCache($n: Int!, $p: String!) {\n        users(first: $n, pathPrefix: $p) {\n          edges {\n            node {\n              userName\n              groups {\n                edges {\n                  node {\n                    groupName\n                  }\n                }\n              }\n              effectivePermissions {\n                statements {\n                  effect\n                  actions\n                  source {\n                    policyName\n                    policyType\n                    viaGroup\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.UsersInAuthzCacheDocument,
    "\n        query EffectivePermissions($a: String!) {\n          effectivePermissions(principalArn: $a) {\n            principalArn\n            statements {\n              source {\n                policyArn\n                policyType\n                versionId\n                statementIndex\n              }\n            }\n          }\n        }\n      ": types.EffectivePermissionsDocument,
    "\n        query UserInAuthzNestedFields {\n          user(userName: \"admin\") {\n            userName\n            accessKeys {\n              accessKeyId\n            }\n            mfaDevices {\n              serialNumber\n            }\n            loginProfile {\n              createDate\n            }\n            groups {\n              edges {\n                cursor\n              }\n            }\n            attachedManagedPolicies {\n              policyArn\n            }\n            inlinePolicies {\n              policyName\n            }\n            effectivePermissions {\n              principalArn\n            }\n          }\n        }\n      ": types.UserInAuthzNestedFieldsDocument,
    "\n        mutation CreateGroupInAuthzNestedFields($g: String!) {\n          createGroup(input: { groupName: $g }) {\n            group {\n              arn\n            }\n          }\n        }\n      ": types.CreateGroupInAuthzNestedFieldsDocument,
    "\n        mutation AddUserToGroupInAuthzNestedFields($g: String!, $u: String!) {\n          addUserToGroup(input: { groupName: $g, userName: $u }) {\n            group {\n              arn\n            }\n          }\n        }\n      ": types.AddUserToGroupInAuthzNestedFieldsDocument,
    "\n        mutation AddUserToGroupInAuthzNestedFields2($g: String!) {\n          addUserToGroup(input: { groupName: $g, userName: \"admin\" }) {\n            group {\n              arn\n            }\n          }\n        }\n      ": types.AddUserToGroupInAuthzNestedFields2Document,
    "\n        query MeInAuthzNestedFields {\n          me {\n            arn\n            ... on User {\n              groups {\n                edges {\n                  node {\n                    users {\n                      edges {\n                        node {\n                          userName\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.MeInAuthzNestedFieldsDocument,
    "\n        query UserInAuthzNestedFields2($u: String!) {\n          user(userName: $u) {\n            accessKeys {\n              status\n            }\n            groups {\n              edges {\n                cursor\n              }\n            }\n          }\n        }\n      ": types.UserInAuthzNestedFields2Document,
    "\n        mutation UpdateUser($u: String!) {\n          updateUser(input: { userName: $u, newPath: \"/admins/\" }) {\n            user {\n              arn\n            }\n          }\n        }\n      ": types.UpdateUserDocument,
    "\n        mutation UpdateUserInAuthzNestedFields($u: String!, $n: String!) {\n          updateUser(input: { userName: $u, newUserName: $n }) {\n            user {\n              arn\n            }\n          }\n        }\n      ": types.UpdateUserInAuthzNestedFieldsDocument,
    "\n        mutation UpdateUserInAuthzSelfService($i: UpdateUserInput!) {\n          updateUser(input: $i) {\n            user {\n              arn\n            }\n          }\n        }\n      ": types.UpdateUserInAuthzSelfServiceDocument,
    "\n        mutation CreateVirtualMfaDevice($i: CreateVirtualMfaDeviceInput!) {\n          createVirtualMfaDevice(input: $i) {\n            virtualMfaDevice {\n              serialNumber\n            }\n          }\n        }\n      ": types.CreateVirtualMfaDeviceDocument,
    "\n        query SimulatePrincipalPolicy($i: SimulatePrincipalPolicyInput!) {\n          simulatePrincipalPolicy(input: $i) {\n            evaluationResults {\n              evalActionName\n              evalDecision\n            }\n          }\n        }\n      ": types.SimulatePrincipalPolicyDocument,
    "\n        mutation CreateAccessKeyInAuthzSelfService($i: CreateAccessKeyInput!) {\n          createAccessKey(input: $i) {\n            accessKey {\n              accessKeyId\n              status\n            }\n          }\n        }\n      ": types.CreateAccessKeyInAuthzSelfServiceDocument,
    "\n        mutation CreateAccessKeyInAuthzSelfService2($i: CreateAccessKeyInput!) {\n          createAccessKey(input: $i) {\n            accessKey {\n              accessKeyId\n            }\n          }\n        }\n      ": types.CreateAccessKeyInAuthzSelfService2Document,
    "\n        mutation PutUserPermissionsBoundaryInAuthzSelfService($i: PutUserPermissionsBoundaryInput!) {\n          putUserPermissionsBoundary(input: $i) {\n            user {\n              permissionsBoundary {\n                permissionsBoundaryArn\n              }\n            }\n          }\n        }\n      ": types.PutUserPermissionsBoundaryInAuthzSelfServiceDocument,
    "\n        mutation DeleteUserPermissionsBoundary($i: DeleteUserPermissionsBoundaryInput!) {\n          deleteUserPermissionsBoundary(input: $i) {\n            user {\n              userName\n            }\n          }\n        }\n      ": types.DeleteUserPermissionsBoundaryDocument,
    "\n        mutation RemoveUserFromGroup($i: RemoveUserFromGroupInput!) {\n          removeUserFromGroup(input: $i) {\n            user {\n              userName\n            }\n          }\n        }\n      ": types.RemoveUserFromGroupDocument,
    "\n        mutation AttachUserPolicyInBootstrap($u: String!) {\n          attachUserPolicy(input: { userName: $u, policyArn: \"arn:aws:iam::aws:policy/AdministratorAccess\" }) {\n            user {\n              userName\n            }\n          }\n        }\n      ": types.AttachUserPolicyInBootstrapDocument,
    "\n        mutation DetachUserPolicyInBootstrap {\n          detachUserPolicy(input: { userName: \"root\", policyArn: \"arn:aws:iam::aws:policy/AdministratorAccess\" }) {\n            user {\n              userName\n            }\n          }\n        }\n      ": types.DetachUserPolicyInBootstrapDocument,
    "\n        mutation DeleteLoginProfile {\n          deleteLoginProfile(input: { userName: \"root\" }) {\n            userName\n          }\n        }\n      ": types.DeleteLoginProfileDocument,
    "\n        mutation DeleteUserInBootstrap {\n          deleteUser(input: { userName: \"root\" }) {\n            userName\n          }\n        }\n      ": types.DeleteUserInBootstrapDocument,
    "\n        query UserInBootstrap {\n          user(userName: \"root\") {\n            userName\n          }\n        }\n      ": types.UserInBootstrapDocument,
    "\n  query SessionsWithClientAndCurrent($n: String) {\n    sessions(userName: $n) {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      sourceIp\n      userAgent\n      mfaAuthenticated\n      current\n    }\n  }\n": types.SessionsWithClientAndCurrentDocument,
    "\n  mutation RevokeSessionId($id: ID!) {\n    revokeSession(input: { sessionId: $id }) {\n      sessionId\n    }\n  }\n": types.RevokeSessionIdDocument,
    "\n  mutation LogoutOk {\n    logout {\n      ok\n    }\n  }\n": types.LogoutOkDocument,
    "\n  mutation RespondToMfaChallengeByCookie($t: String!, $c: String!) {\n    respondToMfaChallenge(input: { challengeToken: $t, code: $c, sessionDelivery: COOKIE }) {\n      status\n      session {\n        token\n        mfaAuthenticated\n      }\n    }\n  }\n": types.RespondToMfaChallengeByCookieDocument,
    "\n  mutation RevokeUserSessionsKeepingCurrent($n: String!) {\n    revokeUserSessions(input: { userName: $n, keepCurrent: true }) {\n      revokedCount\n    }\n  }\n": types.RevokeUserSessionsKeepingCurrentDocument,
    "\n  query CallerPermissions($r: [CallerPermissionRequest!]!) {\n    callerPermissions(requests: $r) {\n      action\n      resource\n      decision\n      message\n      allowedWithMfa\n    }\n  }\n": types.CallerPermissionsDocument,
    "\n  query UsersPage($p: String, $first: Int, $after: String, $last: Int, $before: String) {\n    users(pathPrefix: $p, first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          userName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.UsersPageDocument,
    "\n  query UsersFirstTwoNoCount($p: String) {\n    users(pathPrefix: $p, first: 2) {\n      edges {\n        node {\n          userName\n        }\n      }\n    }\n  }\n": types.UsersFirstTwoNoCountDocument,
    "\n  query UsersFirstTwoWithCount($p: String) {\n    users(pathPrefix: $p, first: 2) {\n      edges {\n        node {\n          userName\n        }\n      }\n      totalCount\n    }\n  }\n": types.UsersFirstTwoWithCountDocument,
    "\n        query UsersTotalCount {\n          users(first: 1) {\n            totalCount\n          }\n        }\n      ": types.UsersTotalCountDocument,
    "\n        query BackwardPagesOfGroupsRolesPolicies {\n          groups(pathPrefix: \"/back/\", last: 2) {\n            edges {\n              node {\n                groupName\n              }\n            }\n            pageInfo {\n              hasPreviousPage\n            }\n            totalCount\n          }\n          roles(pathPrefix: \"/back/\", last: 1) {\n            edges {\n              node {\n                roleName\n              }\n            }\n            totalCount\n          }\n          policies(scope: AWS, last: 1) {\n            edges {\n              node {\n                arn\n              }\n            }\n            pageInfo {\n              hasPreviousPage\n              hasNextPage\n            }\n            totalCount\n          }\n          first: policies(scope: AWS, first: 1000) {\n            edges {\n              node {\n                arn\n              }\n            }\n          }\n        }\n      ": types.BackwardPagesOfGroupsRolesPoliciesDocument,
    "\n        query AuditEventsTotalCount {\n          auditEvents(first: 1) {\n            totalCount\n            edges {\n              node {\n                action\n              }\n            }\n          }\n        }\n      ": types.AuditEventsTotalCountDocument,
    "\n        mutation LoginAndChangePassword($u: String!, $p: String!) {\n          login(input: { userName: $u, password: $p }) {\n            status\n          }\n          changePassword(input: { oldPassword: $p, newPassword: $p }) {\n            __typename\n          }\n        }\n      ": types.LoginAndChangePasswordDocument,
    "\n        mutation LoginAndLogout($u: String!, $p: String!) {\n          login(input: { userName: $u, password: $p }) {\n            status\n          }\n          logout {\n            ok\n          }\n        }\n      ": types.LoginAndLogoutDocument,
    "\n  mutation GenerateRecoveryCodes($u: String!) {\n    generateRecoveryCodes(input: { userName: $u }) {\n      recoveryCodes\n    }\n  }\n": types.GenerateRecoveryCodesDocument,
    "\n        mutation UpdateAccountPasswordPolicyInCredentialRaces {\n          updateAccountPasswordPolicy(input: { passwordReusePrevention: 24 }) {\n            passwordPolicy {\n              passwordReusePrevention\n            }\n          }\n        }\n      ": types.UpdateAccountPasswordPolicyInCredentialRacesDocument,
    "\n          mutation UpdateAccountPasswordPolicyInCredentialRaces2 {\n            updateAccountPasswordPolicy(input: {}) {\n              passwordPolicy {\n                passwordReusePrevention\n              }\n            }\n          }\n        ": types.UpdateAccountPasswordPolicyInCredentialRaces2Document,
    "\n    query CredentialReport {\n      credentialReport {\n        user\n        arn\n        passwordEnabled\n        passwordLastUsed\n        mfaActive\n        accessKey1Active\n        accessKey1LastRotated\n        accessKey2Active\n      }\n    }\n  ": types.CredentialReportDocument,
    "\n  mutation CreateAccessKeyInCredentialsAccessKeys($u: String) {\n    createAccessKey(input: { userName: $u }) {\n      accessKey {\n        accessKeyId\n        secretAccessKey\n        status\n        userName\n        createDate\n      }\n    }\n  }\n": types.CreateAccessKeyInCredentialsAccessKeysDocument,
    "\n  mutation GetSessionTokenInCredentialsAccessKeys($i: GetSessionTokenInput!) {\n    getSessionToken(input: $i) {\n      credentials {\n        sessionToken\n        expiration\n      }\n    }\n  }\n": types.GetSessionTokenInCredentialsAccessKeysDocument,
    "\n        query UserInCredentialsAccessKeys($u: String!) {\n          user(userName: $u) {\n            accessKeys {\n              accessKeyId\n              status\n              lastUsedDate\n            }\n          }\n        }\n      ": types.UserInCredentialsAccessKeysDocument,
    "\n        query UserInCredentialsAccessKeys2($u: String!) {\n          user(userName: $u) {\n            accessKeys {\n              accessKeyId\n            }\n          }\n        }\n      ": types.UserInCredentialsAccessKeys2Document,
    "\n          mutation UpdateAccountPasswordPolicyInCredentialsAccessKeys {\n            updateAccountPasswordPolicy(input: { minimumPasswordLength: 3 }) {\n              passwordPolicy {\n                minimumPasswordLength\n              }\n            }\n          }\n        ": types.UpdateAccountPasswordPolicyInCredentialsAccessKeysDocument,
    "\n        query MeInCredentialsAccessKeys {\n          me {\n            arn\n            ... on User {\n              accessKeys {\n                accessKeyId\n                lastUsedDate\n              }\n            }\n          }\n        }\n      ": types.MeInCredentialsAccessKeysDocument,
    "\n        mutation UpdateAccessKeyInCredentialsAccessKeys($k: String!) {\n          updateAccessKey(input: { accessKeyId: $k, status: Inactive }) {\n            accessKey {\n              status\n            }\n          }\n        }\n      ": types.UpdateAccessKeyInCredentialsAccessKeysDocument,
    "\n        mutation DeleteAccessKeyInCredentialsAccessKeys($k: String!) {\n          deleteAccessKey(input: { accessKeyId: $k }) {\n            accessKeyId\n          }\n        }\n      ": types.DeleteAccessKeyInCredentialsAccessKeysDocument,
    "\n        mutation DeleteAccessKeyInCredentialsAccessKeys2($u: String, $k: String!) {\n          deleteAccessKey(input: { userName: $u, accessKeyId: $k }) {\n            accessKeyId\n          }\n        }\n      ": types.DeleteAccessKeyInCredentialsAccessKeys2Document,
    "\n  mutation ChangePasswordInCredentialsPasswordPolicy($o: String!, $n: String!) {\n    changePassword(input: { oldPassword: $o, newPassword: $n }) {\n      session {\n        token\n      }\n    }\n  }\n": types.ChangePasswordInCredentialsPasswordPolicyDocument,
    "\n        query AccountPasswordPolicyInCredentialsPasswordPolicy {\n          accountPasswordPolicy {\n            minimumPasswordLength\n            maximumPasswordLength\n            requireSymbols\n            requireNumbers\n            allowUsersToChangePassword\n            expirePasswords\n          }\n        }\n      ": types.AccountPasswordPolicyInCredentialsPasswordPolicyDocument,
    "\n        mutation UpdateAccountPasswordPolicyInCredentialsPasswordPolicy {\n          updateAccountPasswordPolicy(input: { minimumPasswordLength: 14, requireNumbers: true, passwordReusePrevention: 2 }) {\n            passwordPolicy {\n              minimumPasswordLength\n              requireNumbers\n              passwordReusePrevention\n            }\n          }\n        }\n      ": types.UpdateAccountPasswordPolicyInCredentialsPasswordPolicyDocument,
    "\n        mutation UpdateAccountPasswordPolicyInCredentialsPasswordPolicy2 {\n          updateAccountPasswordPolicy(input: {}) {\n            passwordPolicy {\n              minimumPasswordLength\n            }\n          }\n        }\n      ": types.UpdateAccountPasswordPolicyInCredentialsPasswordPolicy2Document,
    "\n  mutation AddUserToGroupInGroups($g: String!, $u: String!) {\n    addUserToGroup(input: { groupName: $g, userName: $u }) {\n      group {\n        groupName\n      }\n    }\n  }\n": types.AddUserToGroupInGroupsDocument,
    "\n  mutation CreateGroupInGroups($g: String!, $p: String) {\n    createGroup(input: { groupName: $g, path: $p }) {\n      group {\n        groupName\n        arn\n      }\n    }\n  }\n": types.CreateGroupInGroupsDocument,
    "\n        query GroupAndUser($g: String!, $u: String!) {\n          group(groupName: $g) {\n            users(first: 1) {\n              edges {\n                node {\n                  userName\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n          user(userName: $u) {\n            groups {\n              edges {\n                node {\n                  groupName\n                }\n              }\n            }\n          }\n        }\n      ": types.GroupAndUserDocument,
    "\n        query Group($g: String!, $after: String) {\n          group(groupName: $g) {\n            users(first: 5, after: $after) {\n              edges {\n                node {\n                  userName\n                }\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        }\n      ": types.GroupDocument,
    "\n        mutation RemoveUserFromGroupInGroups($g: String!, $u: String!) {\n          removeUserFromGroup(input: { groupName: $g, userName: $u }) {\n            group {\n              groupName\n            }\n          }\n        }\n      ": types.RemoveUserFromGroupInGroupsDocument,
    "\n        mutation UpdateGroup($g: String!, $n: String!) {\n          updateGroup(input: { groupName: $g, newGroupName: $n, newPath: \"/x/\" }) {\n            group {\n              groupName\n              arn\n            }\n          }\n        }\n      ": types.UpdateGroupDocument,
    "\n            query GroupInGroups($g: String!) {\n              group(groupName: $g) {\n                arn\n              }\n            }\n          ": types.GroupInGroupsDocument,
    "\n        query Groups {\n          groups(pathPrefix: \"/prefix-test/\") {\n            edges {\n              node {\n                groupName\n              }\n            }\n          }\n        }\n      ": types.GroupsDocument,
    "\n  query UserInLoginThrottleSources($u: String!) {\n    user(userName: $u) {\n      signInThrottle {\n        password {\n          failures\n          maxFailures\n          refused\n          throttledUntil\n          windowEndsAt\n          sourcesInBackoff\n        }\n        mfa {\n          failures\n          maxFailures\n          throttledUntil\n          sourcesInBackoff\n        }\n      }\n    }\n  }\n": types.UserInLoginThrottleSourcesDocument,
    "\n  mutation ResetSignInThrottle($i: ResetSignInThrottleInput!) {\n    resetSignInThrottle(input: $i) {\n      userName\n    }\n  }\n": types.ResetSignInThrottleDocument,
    "\n      mutation UntagUser($n: String!, $k: [String!]!) {\n        untagUser(input: { userName: $n, tagKeys: $k }) {\n          user {\n            tags {\n              key\n            }\n          }\n        }\n      }\n    ": types.UntagUserDocument,
    "\n          query GroupInStoreInputBounds($n: String!) {\n            group(groupName: $n) {\n              groupName\n            }\n          }\n        ": types.GroupInStoreInputBoundsDocument,
    "\n          query RoleInStoreInputBounds($n: String!) {\n            role(roleName: $n) {\n              roleName\n            }\n          }\n        ": types.RoleInStoreInputBoundsDocument,
    "\n          mutation DeleteUserInStoreInputBounds($n: String!) {\n            deleteUser(input: { userName: $n }) {\n              userName\n            }\n          }\n        ": types.DeleteUserInStoreInputBoundsDocument,
    "\n          mutation TagUserInStoreInputBounds($n: String!) {\n            tagUser(input: { userName: $n, tags: [{ key: \"k\", value: \"v\" }] }) {\n              user {\n                userName\n              }\n            }\n          }\n        ": types.TagUserInStoreInputBoundsDocument,
    "\n          query PolicyVersion($a: String!) {\n            policyVersion(arn: $a, versionId: \"1\") {\n              versionId\n            }\n          }\n        ": types.PolicyVersionDocument,
    "\n          query AuditEventsInStoreInputBounds($a: String!) {\n            auditEvents(principalArn: $a) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": types.AuditEventsInStoreInputBoundsDocument,
    "\n          query AuditEventsInStoreInputBounds2($a: String!) {\n            auditEvents(action: $a) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": types.AuditEventsInStoreInputBounds2Document,
    "\n          query UsersInStoreInputBounds($c: String!) {\n            users(first: 1, after: $c) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": types.UsersInStoreInputBoundsDocument,
    "\n  query AppIsAuthorized($i: IsAuthorizedInput!) {\n    isAuthorized(input: $i) {\n      decision\n      principalArn\n      explanation\n      missingContextValues\n      matchedStatements {\n        sid\n        effect\n        policySource {\n          type\n        }\n      }\n    }\n  }\n": types.AppIsAuthorizedDocument,
    "\n  query AppBatchIsAuthorized($r: [IsAuthorizedInput!]!) {\n    batchIsAuthorized(input: { requests: $r }) {\n      results {\n        decision\n        principalArn\n      }\n    }\n  }\n": types.AppBatchIsAuthorizedDocument,
    "\n  mutation AppUserLogout {\n    logout {\n      ok\n    }\n  }\n": types.AppUserLogoutDocument,
    "\n  mutation CreateVirtualMfaDeviceWithQrCodes($n: String!) {\n    createVirtualMfaDevice(input: { virtualMfaDeviceName: $n }) {\n      virtualMfaDevice {\n        base32StringSeed\n        otpauthUri\n        qrCodeSvg\n        qrCodePng\n      }\n    }\n  }\n": types.CreateVirtualMfaDeviceWithQrCodesDocument,
    "\n        query MeInMfaSignin {\n          me {\n            arn\n            ... on User {\n              mfaDevices {\n                serialNumber\n                enableDate\n              }\n            }\n          }\n        }\n      ": types.MeInMfaSigninDocument,
    "\n        query AuditEventsInMfaSignin {\n          auditEvents(first: 20, action: \"signin:ConsoleLogin\") {\n            edges {\n              node {\n                principalArn\n                outcome\n                errorCode\n              }\n            }\n          }\n        }\n      ": types.AuditEventsInMfaSigninDocument,
    "\n        query UserInMfaSignin($u: String!) {\n          user(userName: $u) {\n            mfaDevices {\n              serialNumber\n              userName\n            }\n          }\n        }\n      ": types.UserInMfaSigninDocument,
    "\n        mutation DeactivateMfaDevice($u: String, $s: String!) {\n          deactivateMfaDevice(input: { userName: $u, serialNumber: $s }) {\n            serialNumber\n          }\n        }\n      ": types.DeactivateMfaDeviceDocument,
    "\n        mutation ResyncMfaDevice($i: ResyncMfaDeviceInput!) {\n          resyncMfaDevice(input: $i) {\n            mfaDevice {\n              serialNumber\n            }\n          }\n        }\n      ": types.ResyncMfaDeviceDocument,
    "\n  mutation AssumeRoleWithWebIdentityInOidcFederation($input: AssumeRoleWithWebIdentityInput!) {\n    assumeRoleWithWebIdentity(input: $input) {\n      credentials {\n        sessionToken\n        expiration\n      }\n      assumedRoleUser {\n        arn\n        assumedRoleId\n      }\n      subjectFromWebIdentityToken\n      audience\n      provider\n    }\n  }\n": types.AssumeRoleWithWebIdentityInOidcFederationDocument,
    "\n        query OpenIdConnectProviders {\n          openIdConnectProviders {\n            arn\n            url\n            clientIdList\n            thumbprintList\n          }\n        }\n      ": types.OpenIdConnectProvidersDocument,
    "\n        mutation CreateOpenIdConnectProviderInOidcFederation2($u: String!) {\n          createOpenIdConnectProvider(input: { url: $u, clientIdList: [\"x\"] }) {\n            openIdConnectProviderArn\n          }\n        }\n      ": types.CreateOpenIdConnectProviderInOidcFederation2Document,
    "\n          query MeInOidcFederation {\n            me {\n              arn\n              ... on AssumedRoleSession {\n                roleName\n                roleSessionName\n              }\n            }\n          }\n        ": types.MeInOidcFederationDocument,
    "\n          mutation CreateOpenIdConnectProviderInOidcFederation4 {\n            createOpenIdConnectProvider(input: { url: \"http://127.0.0.1:9/x\", clientIdList: [\"a\"] }) {\n              openIdConnectProviderArn\n            }\n          }\n        ": types.CreateOpenIdConnectProviderInOidcFederation4Document,
    "\n  mutation AssumeRoleWithWebIdentityInOidcSlowIssuer($input: AssumeRoleWithWebIdentityInput!) {\n    assumeRoleWithWebIdentity(input: $input) {\n      credentials {\n        sessionToken\n      }\n      assumedRoleUser {\n        arn\n      }\n    }\n  }\n": types.AssumeRoleWithWebIdentityInOidcSlowIssuerDocument,
    "\n          mutation CreateUserInOidcSlowIssuer($n: String!) {\n            createUser(input: { userName: $n }) {\n              user {\n                userName\n              }\n            }\n          }\n        ": types.CreateUserInOidcSlowIssuerDocument,
    "\n        mutation CreateThreeUsers($a: String!, $b: String!, $c: String!) {\n          a: createUser(input: { userName: $a }) {\n            user {\n              userName\n            }\n          }\n          b: createUser(input: { userName: $b }) {\n            user {\n              userName\n            }\n          }\n          c: createUser(input: { userName: $c }) {\n            user {\n              userName\n            }\n          }\n        }\n      ": types.CreateThreeUsersDocument,
    "\n        mutation CreatePolicyInPoliciesManaged($i: CreatePolicyInput!) {\n          createPolicy(input: $i) {\n            policy {\n              arn\n              policyName\n              defaultVersionId\n            }\n          }\n        }\n      ": types.CreatePolicyInPoliciesManagedDocument,
    "\n        query PoliciesInPoliciesManaged {\n          policies(scope: AWS) {\n            edges {\n              node {\n                arn\n                defaultVersionId\n                attachmentCount\n                defaultVersion {\n                  document\n                }\n              }\n            }\n          }\n        }\n      ": types.PoliciesInPoliciesManagedDocument,
    "\n        query UserInPoliciesManaged {\n          user(userName: \"admin\") {\n            attachedManagedPolicies {\n              policyArn\n            }\n          }\n        }\n      ": types.UserInPoliciesManagedDocument,
    "\n      mutation CreatePolicyVersionInPoliciesManaged($i: CreatePolicyVersionInput!) {\n        createPolicyVersion(input: $i) {\n          policyVersion {\n            versionId\n            isDefaultVersion\n          }\n        }\n      }\n    ": types.CreatePolicyVersionInPoliciesManagedDocument,
    "\n        query PolicyInPoliciesManaged($a: String!) {\n          policy(arn: $a) {\n            versions {\n              versionId\n              isDefaultVersion\n            }\n          }\n        }\n      ": types.PolicyInPoliciesManagedDocument,
    "\n        query PolicyInPoliciesManaged2($a: String!) {\n          policy(arn: $a) {\n            attachmentCount\n          }\n        }\n      ": types.PolicyInPoliciesManaged2Document,
    "\n      mutation AttachUserPolicyInPoliciesManaged($i: AttachUserPolicyInput!) {\n        attachUserPolicy(input: $i) {\n          user {\n            attachedManagedPolicies {\n              policyArn\n            }\n          }\n        }\n      }\n    ": types.AttachUserPolicyInPoliciesManagedDocument,
    "\n      mutation PutUserPolicyInPoliciesManaged($i: PutUserPolicyInput!) {\n        putUserPolicy(input: $i) {\n          user {\n            inlinePolicies {\n              policyName\n            }\n          }\n        }\n      }\n    ": types.PutUserPolicyInPoliciesManagedDocument,
    "\n        query PoliciesInPoliciesManaged2($p: String!) {\n          policies(scope: LOCAL, pathPrefix: $p, first: 2) {\n            edges {\n              node {\n                arn\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n      ": types.PoliciesInPoliciesManaged2Document,
    "\n        query PoliciesInPoliciesManaged3($p: String!, $a: String) {\n          policies(scope: LOCAL, pathPrefix: $p, first: 2, after: $a) {\n            edges {\n              node {\n                arn\n              }\n            }\n          }\n        }\n      ": types.PoliciesInPoliciesManaged3Document,
    "\n        query PoliciesInPoliciesManaged4($p: String!) {\n          policies(scope: LOCAL, pathPrefix: $p, onlyAttached: true) {\n            edges {\n              node {\n                arn\n              }\n            }\n          }\n        }\n      ": types.PoliciesInPoliciesManaged4Document,
    "\n        query SimulateCustomPolicy($i: SimulateCustomPolicyInput!) {\n          simulateCustomPolicy(input: $i) {\n            evaluationResults {\n              evalResourceName\n              evalDecision\n            }\n          }\n        }\n      ": types.SimulateCustomPolicyDocument,
    "\n        query SimulatePrincipalPolicyInPolicyFailClosed($i: SimulatePrincipalPolicyInput!) {\n          simulatePrincipalPolicy(input: $i) {\n            evaluationResults {\n              evalDecision\n            }\n          }\n        }\n      ": types.SimulatePrincipalPolicyInPolicyFailClosedDocument,
    "\n        query EffectivePermissionsInPolicyFailClosed($a: String!) {\n          effectivePermissions(principalArn: $a) {\n            statements {\n              sid\n              effect\n              source {\n                policyArn\n              }\n            }\n          }\n        }\n      ": types.EffectivePermissionsInPolicyFailClosedDocument,
    "\n  fragment PolicySourceFields on PolicySource {\n    type\n    policyId\n    policyArn\n    policyName\n    versionId\n    viaGroup\n    statementIndex\n  }\n": types.PolicySourceFieldsFragmentDoc,
    "\n  query ValidatePolicySources($d: String!) {\n    validatePolicy(policyDocument: $d) {\n      findings {\n        issueCode\n        path\n        policySource {\n          ...PolicySourceFields\n        }\n      }\n    }\n  }\n": types.ValidatePolicySourcesDocument,
    "\n  query ValidateTrustPolicySources($d: String!) {\n    validatePolicy(policyDocument: $d, policyType: TRUST_POLICY) {\n      findings {\n        policySource {\n          ...PolicySourceFields\n        }\n      }\n    }\n  }\n": types.ValidateTrustPolicySourcesDocument,
    "\n        query EffectivePermissionsPolicySources($a: String!) {\n          effectivePermissions(principalArn: $a) {\n            statements {\n              sid\n              source {\n                policyType\n              }\n              policySource {\n                ...PolicySourceFields\n              }\n            }\n          }\n        }\n      ": types.EffectivePermissionsPolicySourcesDocument,
    "\n        query SimulatePrincipalPolicySources($a: String!) {\n          simulatePrincipalPolicy(input: { policySourceArn: $a, actionNames: [\"iam:ListUsers\", \"iam:GetUser\"] }) {\n            evaluationResults {\n              evalActionName\n              evalDecision\n              matchedStatements {\n                sourcePolicyId\n                sourcePolicyType\n                policySource {\n                  ...PolicySourceFields\n                }\n              }\n            }\n          }\n        }\n      ": types.SimulatePrincipalPolicySourcesDocument,
    "\n          query EffectivePermissionsViaGroup($a: String!) {\n            effectivePermissions(principalArn: $a) {\n              statements {\n                source {\n                  viaGroup\n                }\n                policySource {\n                  policyArn\n                  viaGroup\n                }\n              }\n            }\n          }\n        ": types.EffectivePermissionsViaGroupDocument,
    "\n          query SimulateViaGroup($a: String!) {\n            simulatePrincipalPolicy(input: { policySourceArn: $a, actionNames: [\"iam:ListRoles\"] }) {\n              evaluationResults {\n                evalDecision\n                matchedStatements {\n                  policySource {\n                    policyArn\n                    viaGroup\n                  }\n                }\n              }\n            }\n          }\n        ": types.SimulateViaGroupDocument,
    "\n        query SimulateCustomPolicySources($d: String!) {\n          simulateCustomPolicy(input: { policyInputList: [$d], actionNames: [\"iam:ListUsers\"] }) {\n            evaluationResults {\n              matchedStatements {\n                policySource {\n                  ...PolicySourceFields\n                }\n              }\n            }\n          }\n        }\n      ": types.SimulateCustomPolicySourcesDocument,
    "\n      mutation UpdateUserInStoreRaces($i: UpdateUserInput!) {\n        updateUser(input: $i) {\n          user {\n            userName\n            path\n          }\n        }\n      }\n    ": types.UpdateUserInStoreRacesDocument,
    "\n      mutation CreateGroupInStoreRaces($i: CreateGroupInput!) {\n        createGroup(input: $i) {\n          group {\n            groupName\n          }\n        }\n      }\n    ": types.CreateGroupInStoreRacesDocument,
    "\n      mutation DeleteGroupInStoreRaces($i: DeleteGroupInput!) {\n        deleteGroup(input: $i) {\n          groupName\n        }\n      }\n    ": types.DeleteGroupInStoreRacesDocument,
    "\n      mutation AddUserToGroupInStoreRaces($i: AddUserToGroupInput!) {\n        addUserToGroup(input: $i) {\n          group {\n            groupName\n          }\n        }\n      }\n    ": types.AddUserToGroupInStoreRacesDocument,
    "\n          query PolicyInPolicyVersionRaces($a: String!) {\n            policy(arn: $a) {\n              defaultVersionId\n              defaultVersion {\n                versionId\n              }\n            }\n          }\n        ": types.PolicyInPolicyVersionRacesDocument,
    "\n  query EffectivePolicyNamesOnReplica($a: String!) {\n    effectivePermissions(principalArn: $a) {\n      statements {\n        source {\n          policyName\n        }\n      }\n    }\n  }\n": types.EffectivePolicyNamesOnReplicaDocument,
    "\n  mutation PutStoredResourcePolicy($i: PutResourcePolicyInput!) {\n    putResourcePolicy(input: $i) {\n      resourcePolicy {\n        resourceArn\n        policyDocument\n        createDate\n        updateDate\n      }\n    }\n  }\n": types.PutStoredResourcePolicyDocument,
    "\n  query GetStoredResourcePolicy($arn: String!) {\n    resourcePolicy(resourceArn: $arn) {\n      resourceArn\n      policyDocument\n      createDate\n      updateDate\n    }\n  }\n": types.GetStoredResourcePolicyDocument,
    "\n  mutation DeleteStoredResourcePolicy($i: DeleteResourcePolicyInput!) {\n    deleteResourcePolicy(input: $i) {\n      resourceArn\n    }\n  }\n": types.DeleteStoredResourcePolicyDocument,
    "\n  query DecideWithStoredResourcePolicy($i: IsAuthorizedInput!) {\n    isAuthorized(input: $i) {\n      decision\n      matchedStatements {\n        sid\n        policySource {\n          type\n          policyArn\n        }\n      }\n    }\n  }\n": types.DecideWithStoredResourcePolicyDocument,
    "\n  query StoredResourcePolicyAudit($a: String) {\n    auditEvents(first: 100, action: $a) {\n      edges {\n        node {\n          action\n          resourceArn\n          outcome\n          errorCode\n          principalArn\n        }\n      }\n    }\n  }\n": types.StoredResourcePolicyAuditDocument,
    "\n  fragment RoleFields on Role {\n    roleName\n    roleId\n    arn\n    path\n    description\n    maxSessionDuration\n    assumeRolePolicyDocument\n    createDate\n    tags {\n      key\n      value\n    }\n  }\n": types.RoleFieldsFragmentDoc,
    "\n        mutation CreateRoleWithFields($input: CreateRoleInput!) {\n          createRole(input: $input) {\n            role {\n              ...RoleFields\n            }\n          }\n        }\n      ": types.CreateRoleWithFieldsDocument,
    "\n        query RoleWithFields($n: String!) {\n          role(roleName: $n) {\n            ...RoleFields\n          }\n        }\n      ": types.RoleWithFieldsDocument,
    "\n            query Role {\n              role(roleName: \"no-such-role\") {\n                arn\n              }\n            }\n          ": types.RoleDocument,
    "\n        mutation UpdateRole($i: UpdateRoleInput!) {\n          updateRole(input: $i) {\n            role {\n              description\n              maxSessionDuration\n            }\n          }\n        }\n      ": types.UpdateRoleDocument,
    "\n        mutation UpdateAssumeRolePolicy($i: UpdateAssumeRolePolicyInput!) {\n          updateAssumeRolePolicy(input: $i) {\n            role {\n              assumeRolePolicyDocument\n            }\n          }\n        }\n      ": types.UpdateAssumeRolePolicyDocument,
    "\n        mutation TagRole($i: TagRoleInput!) {\n          tagRole(input: $i) {\n            role {\n              tags {\n                key\n                value\n              }\n            }\n          }\n        }\n      ": types.TagRoleDocument,
    "\n        mutation UntagRole($i: UntagRoleInput!) {\n          untagRole(input: $i) {\n            role {\n              tags {\n                key\n              }\n            }\n          }\n        }\n      ": types.UntagRoleDocument,
    "\n      query Roles($p: String, $a: String) {\n        roles(pathPrefix: $p, first: 2, after: $a) {\n          edges {\n            node {\n              roleName\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    ": types.RolesDocument,
    "\n            query RolesInRolesCrud {\n              roles {\n                edges {\n                  node {\n                    roleName\n                  }\n                }\n              }\n            }\n          ": types.RolesInRolesCrudDocument,
    "\n        mutation CreateRoleInRolesPolicies($i: CreateRoleInput!) {\n          createRole(input: $i) {\n            role {\n              roleName\n              arn\n            }\n          }\n        }\n      ": types.CreateRoleInRolesPoliciesDocument,
    "\n        query RoleInRolesPolicies($n: String!) {\n          role(roleName: $n) {\n            attachedManagedPolicies {\n              policyName\n              policyArn\n            }\n            inlinePolicies {\n              policyName\n              policyDocument\n            }\n            permissionsBoundary {\n              permissionsBoundaryType\n              permissionsBoundaryArn\n            }\n            effectivePermissions {\n              principalArn\n              statements {\n                sid\n                effect\n                actions\n                source {\n                  policyArn\n                  policyName\n                  policyType\n                }\n              }\n            }\n          }\n        }\n      ": types.RoleInRolesPoliciesDocument,
    "\n        mutation DeleteRolePermissionsBoundary($n: String!) {\n          deleteRolePermissionsBoundary(input: { roleName: $n }) {\n            role {\n              permissionsBoundary {\n                permissionsBoundaryArn\n              }\n            }\n          }\n        }\n      ": types.DeleteRolePermissionsBoundaryDocument,
    "\n        query RoleInRolesPolicies2($r: String!) {\n          role(roleName: $r) {\n            attachedManagedPolicies {\n              policyArn\n            }\n          }\n        }\n      ": types.RoleInRolesPolicies2Document,
    "\n        query RoleInRolesRaces($n: String!) {\n          role(roleName: $n) {\n            description\n            maxSessionDuration\n          }\n        }\n      ": types.RoleInRolesRacesDocument,
    "\n          mutation CreateOpenIdConnectProviderInRolesRaces {\n            createOpenIdConnectProvider(input: { url: \"https://idp.example.org/race\", clientIdList: [\"a\"] }) {\n              openIdConnectProviderArn\n            }\n          }\n        ": types.CreateOpenIdConnectProviderInRolesRacesDocument,
    "\n          query RolesInRolesRaces {\n            roles(first: 1) {\n              edges {\n                node {\n                  roleName\n                }\n              }\n            }\n          }\n        ": types.RolesInRolesRacesDocument,
    "\n  mutation LogoutInSessionCache {\n    logout {\n      ok\n    }\n  }\n": types.LogoutInSessionCacheDocument,
    "\n  query SessionIdsInSessionCache($u: String!) {\n    sessions(userName: $u) {\n      id\n    }\n  }\n": types.SessionIdsInSessionCacheDocument,
    "\n  mutation RevokeSessionInSessionCache($id: ID!) {\n    revokeSession(input: { sessionId: $id }) {\n      sessionId\n    }\n  }\n": types.RevokeSessionInSessionCacheDocument,
    "\n  mutation UpdateAccessKeyInSessionCache($i: UpdateAccessKeyInput!) {\n    updateAccessKey(input: $i) {\n      accessKey {\n        status\n      }\n    }\n  }\n": types.UpdateAccessKeyInSessionCacheDocument,
    "\n        query MeInFoundation {\n          me {\n            arn\n            ... on User {\n              userName\n            }\n          }\n        }\n      ": types.MeInFoundationDocument,
    "\n        mutation LoginInFoundation2($p: String!) {\n          login(input: { userName: \"admin\", password: $p }) {\n            session {\n              token\n            }\n          }\n        }\n      ": types.LoginInFoundation2Document,
    "\n            mutation Logout {\n              logout {\n                ok\n              }\n            }\n          ": types.LogoutDocument,
    "\n  query SimulateCustomPolicyInSimulatePolicies($i: SimulateCustomPolicyInput!) {\n    simulateCustomPolicy(input: $i) {\n      evaluationResults {\n        evalActionName\n        evalResourceName\n        evalDecision\n        missingContextValues\n        allowedByPermissionsBoundary\n        explanation\n        matchedStatements {\n          sourcePolicyId\n          sourcePolicyType\n          statementIndex\n          sid\n          effect\n        }\n      }\n      isTruncated\n    }\n  }\n": types.SimulateCustomPolicyInSimulatePoliciesDocument,
    "\n        mutation PutGroupPolicy($i: PutGroupPolicyInput!) {\n          putGroupPolicy(input: $i) {\n            group {\n              groupName\n            }\n          }\n        }\n      ": types.PutGroupPolicyDocument,
    "\n        query SimulatePrincipalPolicyInSimulatePolicies($i: SimulatePrincipalPolicyInput!) {\n          simulatePrincipalPolicy(input: $i) {\n            evaluationResults {\n              evalActionName\n              evalDecision\n              matchedStatements {\n                sourcePolicyId\n                sourcePolicyType\n                sid\n                effect\n              }\n            }\n          }\n        }\n      ": types.SimulatePrincipalPolicyInSimulatePoliciesDocument,
    "\n        query GroupEffectivePermissions($g: String!) {\n          group(groupName: $g) {\n            effectivePermissions {\n              statements {\n                sid\n                effect\n                source {\n                  policyType\n                  viaGroup\n                }\n              }\n            }\n          }\n        }\n      ": types.GroupEffectivePermissionsDocument,
    "\n      query ValidatePolicyInSimulatePolicies($d: String!) {\n        validatePolicy(policyDocument: $d) {\n          valid\n          findings {\n            findingType\n            issueCode\n            path\n          }\n        }\n      }\n    ": types.ValidatePolicyInSimulatePoliciesDocument,
    "\n  query SimulateCustomPolicyWithResourcePolicy($i: SimulateCustomPolicyInput!) {\n    simulateCustomPolicy(input: $i) {\n      evaluationResults {\n        evalResourceName\n        evalDecision\n        explanation\n        matchedStatements {\n          sid\n          effect\n          policySource {\n            type\n            policyId\n          }\n        }\n      }\n    }\n  }\n": types.SimulateCustomPolicyWithResourcePolicyDocument,
    "\n  query SimulatePrincipalPolicyWithResourcePolicy($i: SimulatePrincipalPolicyInput!) {\n    simulatePrincipalPolicy(input: $i) {\n      evaluationResults {\n        evalDecision\n        explanation\n      }\n    }\n  }\n": types.SimulatePrincipalPolicyWithResourcePolicyDocument,
    "\n  query ValidateResourcePolicy($d: String!) {\n    validatePolicy(policyDocument: $d, policyType: RESOURCE_POLICY) {\n      valid\n      findings {\n        findingType\n        issueCode\n        path\n      }\n    }\n  }\n": types.ValidateResourcePolicyDocument,
    "\n  query SimulateCustomPolicyInSimulateBounds($i: SimulateCustomPolicyInput!) {\n    simulateCustomPolicy(input: $i) {\n      evaluationResults {\n        evalActionName\n        evalResourceName\n        evalDecision\n      }\n    }\n  }\n": types.SimulateCustomPolicyInSimulateBoundsDocument,
    "\n  query SimulatePrincipalPolicyInSimulateBounds($i: SimulatePrincipalPolicyInput!) {\n    simulatePrincipalPolicy(input: $i) {\n      evaluationResults {\n        evalActionName\n        evalDecision\n      }\n    }\n  }\n": types.SimulatePrincipalPolicyInSimulateBoundsDocument,
    "\n      query ValidatePolicy($d: String!) {\n        validatePolicy(policyDocument: $d, policyType: IDENTITY_POLICY) {\n          valid\n        }\n      }\n    ": types.ValidatePolicyDocument,
    "\n  query SimulatePrincipalPolicyInSimulateAgreeApi($i: SimulatePrincipalPolicyInput!) {\n    simulatePrincipalPolicy(input: $i) {\n      evaluationResults {\n        evalActionName\n        evalResourceName\n        evalDecision\n        explanation\n        matchedStatements {\n          sid\n        }\n      }\n    }\n  }\n": types.SimulatePrincipalPolicyInSimulateAgreeApiDocument,
    "\n  query SimulateCustomPolicyInSimulateAgreeApi($i: SimulateCustomPolicyInput!) {\n    simulateCustomPolicy(input: $i) {\n      evaluationResults {\n        evalActionName\n        evalResourceName\n        evalDecision\n        explanation\n      }\n    }\n  }\n": types.SimulateCustomPolicyInSimulateAgreeApiDocument,
    "\n        query MeInSimulateAgreeApi {\n          me {\n            ... on User {\n              userName\n            }\n          }\n        }\n      ": types.MeInSimulateAgreeApiDocument,
    "\n        mutation CreateRoleInStsAssumeRole($input: CreateRoleInput!) {\n          createRole(input: $input) {\n            role {\n              roleName\n              roleId\n              arn\n            }\n          }\n        }\n      ": types.CreateRoleInStsAssumeRoleDocument,
    "\n        query MeInStsAssumeRole {\n          me {\n            arn\n            userId\n            ... on AssumedRoleSession {\n              assumedRoleId\n              roleArn\n              roleName\n              roleSessionName\n              expiration\n            }\n          }\n        }\n      ": types.MeInStsAssumeRoleDocument,
    "\n        query AuditEventsInStsAssumeRole($p: String) {\n          auditEvents(principalArn: $p, action: \"sts:AssumeRole\") {\n            edges {\n              node {\n                action\n                resourceArn\n                outcome\n              }\n            }\n          }\n        }\n      ": types.AuditEventsInStsAssumeRoleDocument,
    "\n        query AuditEventsInStsInputBounds($p: String) {\n          auditEvents(principalArn: $p, action: \"sts:AssumeRole\") {\n            edges {\n              node {\n                resourceArn\n                outcome\n              }\n            }\n          }\n        }\n      ": types.AuditEventsInStsInputBoundsDocument,
    "\n        mutation AssumeRoleWithWebIdentityInStsInputBounds($i: AssumeRoleWithWebIdentityInput!) {\n          assumeRoleWithWebIdentity(input: $i) {\n            assumedRoleUser {\n              arn\n            }\n          }\n        }\n      ": types.AssumeRoleWithWebIdentityInStsInputBoundsDocument,
    "\n        mutation CreateVirtualMfaDeviceInStsMfa($n: String!) {\n          createVirtualMfaDevice(input: { virtualMfaDeviceName: $n }) {\n            virtualMfaDevice {\n              serialNumber\n              base32StringSeed\n            }\n          }\n        }\n      ": types.CreateVirtualMfaDeviceInStsMfaDocument,
    "\n        mutation EnableMfaDevice($i: EnableMfaDeviceInput!) {\n          enableMfaDevice(input: $i) {\n            mfaDevice {\n              serialNumber\n            }\n          }\n        }\n      ": types.EnableMfaDeviceDocument,
    "\n        mutation LoginInStsMfa($u: String!, $p: String!) {\n          login(input: { userName: $u, password: $p }) {\n            status\n            mfaChallenge {\n              token\n            }\n          }\n        }\n      ": types.LoginInStsMfaDocument,
    "\n  query SimulatePrincipalPolicyInStsRoleChaining($i: SimulatePrincipalPolicyInput!) {\n    simulatePrincipalPolicy(input: $i) {\n      evaluationResults {\n        evalActionName\n        evalResourceName\n        evalDecision\n        explanation\n        matchedStatements {\n          sourcePolicyType\n          effect\n        }\n      }\n    }\n  }\n": types.SimulatePrincipalPolicyInStsRoleChainingDocument,
    "\n        mutation TagUserInTagRaces($n: String!, $t: [TagInput!]!) {\n          tagUser(input: { userName: $n, tags: $t }) {\n            user {\n              userName\n            }\n          }\n        }\n      ": types.TagUserInTagRacesDocument,
    "\n        mutation UntagUserInTagRaces($n: String!, $k: [String!]!) {\n          untagUser(input: { userName: $n, tagKeys: $k }) {\n            user {\n              userName\n            }\n          }\n        }\n      ": types.UntagUserInTagRacesDocument,
    "\n              query UserInTagRaces($n: String!) {\n                user(userName: $n) {\n                  tags {\n                    key\n                    value\n                  }\n                }\n              }\n            ": types.UserInTagRacesDocument,
    "\n        mutation TagRoleInTagRaces($n: String!, $t: [TagInput!]!) {\n          tagRole(input: { roleName: $n, tags: $t }) {\n            role {\n              roleName\n            }\n          }\n        }\n      ": types.TagRoleInTagRacesDocument,
    "\n        mutation UntagRoleInTagRaces($n: String!, $k: [String!]!) {\n          untagRole(input: { roleName: $n, tagKeys: $k }) {\n            role {\n              roleName\n            }\n          }\n        }\n      ": types.UntagRoleInTagRacesDocument,
    "\n              query RoleInTagRaces($n: String!) {\n                role(roleName: $n) {\n                  tags {\n                    key\n                    value\n                  }\n                }\n              }\n            ": types.RoleInTagRacesDocument,
    "\n        mutation UpdateUserInTrustIdentities($i: UpdateUserInput!) {\n          updateUser(input: $i) {\n            user {\n              userName\n            }\n          }\n        }\n      ": types.UpdateUserInTrustIdentitiesDocument,
    "\n        mutation CreateUserInTrustIdentities($i: CreateUserInput!) {\n          createUser(input: $i) {\n            user {\n              userName\n            }\n          }\n        }\n      ": types.CreateUserInTrustIdentitiesDocument,
    "\n          query UserInTrustIdentities($n: String!) {\n            user(userName: $n) {\n              userId\n            }\n          }\n        ": types.UserInTrustIdentitiesDocument,
    "\n        mutation CreateRoleInTrustIdentities($i: CreateRoleInput!) {\n          createRole(input: $i) {\n            role {\n              roleId\n              arn\n            }\n          }\n        }\n      ": types.CreateRoleInTrustIdentitiesDocument,
    "\n            query ValidatePolicyInTrustIdentities($d: String!) {\n              validatePolicy(policyDocument: $d, policyType: TRUST_POLICY) {\n                valid\n                findings {\n                  findingType\n                  issueCode\n                  path\n                }\n              }\n            }\n          ": types.ValidatePolicyInTrustIdentitiesDocument,
    "\n  query UserInUserCache($n: String!) {\n    user(userName: $n) {\n      arn\n      path\n      tags {\n        key\n        value\n      }\n    }\n  }\n": types.UserInUserCacheDocument,
    "\n  mutation MoveUserInUserCache($n: String!, $p: String!) {\n    updateUser(input: { userName: $n, newPath: $p }) {\n      user {\n        path\n      }\n    }\n  }\n": types.MoveUserInUserCacheDocument,
    "\n  query PasswordLastUsedInUserCache($n: String!) {\n    user(userName: $n) {\n      passwordLastUsed\n    }\n  }\n": types.PasswordLastUsedInUserCacheDocument,
    "\n  query EffectiveByArnInUserCache($a: String!) {\n    effectivePermissions(principalArn: $a) {\n      principalArn\n    }\n  }\n": types.EffectiveByArnInUserCacheDocument,
    "\n        mutation CreateUserInFoundation {\n          createUser(input: { userName: \"no spaces allowed\" }) {\n            user {\n              arn\n            }\n          }\n        }\n      ": types.CreateUserInFoundationDocument,
    "\n        query UserInFoundation {\n          user(userName: \"nobody-here\") {\n            arn\n          }\n        }\n      ": types.UserInFoundationDocument,
    "\n          query UsersInUsers($p: String, $a: String) {\n            users(first: 2, after: $a, pathPrefix: $p) {\n              edges {\n                node {\n                  userName\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        ": types.UsersInUsersDocument,
    "\n            query UsersInUsers2 {\n              users(first: 0) {\n                edges {\n                  cursor\n                }\n              }\n            }\n          ": types.UsersInUsers2Document,
    "\n            query UsersInUsers3 {\n              users(after: \"%%%\") {\n                edges {\n                  cursor\n                }\n              }\n            }\n          ": types.UsersInUsers3Document,
    "\n        mutation UpdateUserInUsers($u: String!, $n: String!) {\n          updateUser(input: { userName: $u, newUserName: $n, newPath: \"/ops/\" }) {\n            user {\n              arn\n              userId\n            }\n          }\n        }\n      ": types.UpdateUserInUsersDocument,
    "\n            query UserInUsers($u: String!) {\n              user(userName: $u) {\n                arn\n              }\n            }\n          ": types.UserInUsersDocument,
    "\n        mutation TagUserInUsers($u: String!) {\n          tagUser(input: { userName: $u, tags: [{ key: \"team\", value: \"red\" }, { key: \"cost\", value: \"42\" }] }) {\n            user {\n              tags {\n                key\n                value\n              }\n            }\n          }\n        }\n      ": types.TagUserInUsersDocument,
    "\n        mutation UntagUserInUsers($u: String!) {\n          untagUser(input: { userName: $u, tagKeys: [\"TEAM\"] }) {\n            user {\n              tags {\n                key\n              }\n            }\n          }\n        }\n      ": types.UntagUserInUsersDocument,
    "\n            mutation TagUserInUsers2($u: String!, $t: [TagInput!]!) {\n              tagUser(input: { userName: $u, tags: $t }) {\n                user {\n                  userName\n                }\n              }\n            }\n          ": types.TagUserInUsers2Document,
    "\n        mutation TagUserInUsers3($u: String!) {\n          tagUser(input: { userName: $u, tags: [{ key: \"aws:x\", value: \"v\" }] }) {\n            user {\n              userName\n            }\n          }\n        }\n      ": types.TagUserInUsers3Document,
    "\n        mutation CreateLoginProfileInUsers($u: String!, $p: String!) {\n          createLoginProfile(input: { userName: $u, password: $p }) {\n            loginProfile {\n              userName\n              createDate\n            }\n          }\n        }\n      ": types.CreateLoginProfileInUsersDocument,
    "\n        mutation DeleteLoginProfileInUsers($u: String!) {\n          deleteLoginProfile(input: { userName: $u }) {\n            userName\n          }\n        }\n      ": types.DeleteLoginProfileInUsersDocument,
    "\n        mutation CreateLoginProfileInUsers2($u: String!, $p: String!) {\n          createLoginProfile(input: { userName: $u, password: $p, passwordResetRequired: true }) {\n            loginProfile {\n              userName\n            }\n          }\n        }\n      ": types.CreateLoginProfileInUsers2Document,
    "\n            query UsersInUsers4 {\n              users {\n                edges {\n                  cursor\n                }\n              }\n            }\n          ": types.UsersInUsers4Document,
    "\n        mutation CreateUserInUsers($n: String!) {\n          createUser(input: { userName: $n, permissionsBoundary: \"arn:aws:iam::aws:policy/IAMReadOnlyAccess\" }) {\n            user {\n              permissionsBoundary {\n                permissionsBoundaryArn\n                permissionsBoundaryType\n              }\n            }\n          }\n        }\n      ": types.CreateUserInUsersDocument,
    "\n        mutation CreateUserInUsers2($n: String!) {\n          createUser(input: { userName: $n, permissionsBoundary: \"arn:aws:iam::000000000000:policy/NoSuchPolicy\" }) {\n            user {\n              arn\n            }\n          }\n        }\n      ": types.CreateUserInUsers2Document,
    "\n  mutation DeactivateInPasskeyTests($i: DeactivateMfaDeviceInput!) {\n    deactivateMfaDevice(input: $i) {\n      serialNumber\n    }\n  }\n": types.DeactivateInPasskeyTestsDocument,
    "\n  mutation DeactivateInWebAuthnTests($i: DeactivateMfaDeviceInput!) {\n    deactivateMfaDevice(input: $i) {\n      serialNumber\n    }\n  }\n": types.DeactivateInWebAuthnTestsDocument,
    "\n  query AuditEventsInWebAuthnTests($a: String) {\n    auditEvents(first: 50, action: $a) {\n      edges {\n        node {\n          action\n          resourceArn\n          outcome\n        }\n      }\n    }\n  }\n": types.AuditEventsInWebAuthnTestsDocument,
    "\n      mutation RespondEitherInWebAuthnTests($t: String!, $c: String, $r: String) {\n        respondToMfaChallenge(input: { challengeToken: $t, code: $c, webAuthnResponseJson: $r }) {\n          status\n        }\n      }\n    ": types.RespondEitherInWebAuthnTestsDocument,
    "\n      mutation CreateUserInFactories($input: CreateUserInput!) {\n        createUser(input: $input) {\n          user {\n            userName\n            userId\n            arn\n            path\n          }\n        }\n      }\n    ": types.CreateUserInFactoriesDocument,
    "\n      mutation CreateLoginProfileInFactories($input: CreateLoginProfileInput!) {\n        createLoginProfile(input: $input) {\n          loginProfile {\n            userName\n          }\n        }\n      }\n    ": types.CreateLoginProfileInFactoriesDocument,
    "\n  mutation AssumeRoleForSession($input: AssumeRoleInput!) {\n    assumeRole(input: $input) {\n      credentials {\n        sessionToken\n        expiration\n      }\n      assumedRoleUser {\n        arn\n        assumedRoleId\n      }\n    }\n  }\n": types.AssumeRoleForSessionDocument,
    "\n          mutation CreateRoleInIamFixtures($i: CreateRoleInput!) {\n            createRole(input: $i) {\n              role {\n                roleName\n                roleId\n                arn\n              }\n            }\n          }\n        ": types.CreateRoleInIamFixturesDocument,
    "\n    mutation LoginInMfa($u: String!, $p: String!) {\n      login(input: { userName: $u, password: $p }) {\n        status\n        session {\n          token\n          expiresAt\n          mfaAuthenticated\n        }\n        mfaChallenge {\n          token\n          expiresAt\n        }\n      }\n    }\n  ": types.LoginInMfaDocument,
    "\n    mutation CreateVirtualMfaDeviceInMfa($n: String!) {\n      createVirtualMfaDevice(input: { virtualMfaDeviceName: $n }) {\n        virtualMfaDevice {\n          serialNumber\n          base32StringSeed\n          otpauthUri\n          qrCodeSvg\n        }\n      }\n    }\n  ": types.CreateVirtualMfaDeviceInMfaDocument,
    "\n    mutation EnableMfaDeviceInMfa($i: EnableMfaDeviceInput!) {\n      enableMfaDevice(input: $i) {\n        mfaDevice {\n          serialNumber\n          userName\n          enableDate\n        }\n        recoveryCodes\n      }\n    }\n  ": types.EnableMfaDeviceInMfaDocument,
    "\n  query AccountPasswordPolicy {\n    accountPasswordPolicy {\n      minimumPasswordLength\n    }\n  }\n": types.AccountPasswordPolicyDocument,
    "\n  mutation AddUserToGroup($i: AddUserToGroupInput!) {\n    addUserToGroup(input: $i) {\n      user {\n        userName\n      }\n    }\n  }\n": types.AddUserToGroupDocument,
    "\n  mutation AssumeRoleSessionArn($input: AssumeRoleInput!) {\n    assumeRole(input: $input) {\n      credentials {\n        sessionToken\n      }\n      assumedRoleUser {\n        arn\n      }\n    }\n  }\n": types.AssumeRoleSessionArnDocument,
    "\n  mutation AttachGroupPolicy($i: AttachGroupPolicyInput!) {\n    attachGroupPolicy(input: $i) {\n      group {\n        groupName\n      }\n    }\n  }\n": types.AttachGroupPolicyDocument,
    "\n  mutation AttachRolePolicy($i: AttachRolePolicyInput!) {\n    attachRolePolicy(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n": types.AttachRolePolicyDocument,
    "\n  mutation AttachUserPolicy($u: String!) {\n    attachUserPolicy(input: { userName: $u, policyArn: \"arn:aws:iam::aws:policy/IAMReadOnlyAccess\" }) {\n      user {\n        userName\n      }\n    }\n  }\n": types.AttachUserPolicyDocument,
    "\n  mutation AttachUserPolicyByInput($i: AttachUserPolicyInput!) {\n    attachUserPolicy(input: $i) {\n      user {\n        userName\n      }\n    }\n  }\n": types.AttachUserPolicyByInputDocument,
    "\n  mutation ChangePassword($i: ChangePasswordInput!) {\n    changePassword(input: $i) {\n      __typename\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation CreateAccessKey($u: String) {\n    createAccessKey(input: { userName: $u }) {\n      accessKey {\n        accessKeyId\n        secretAccessKey\n      }\n    }\n  }\n": types.CreateAccessKeyDocument,
    "\n  mutation CreateAccessKeyId($u: String!) {\n    createAccessKey(input: { userName: $u }) {\n      accessKey {\n        accessKeyId\n      }\n    }\n  }\n": types.CreateAccessKeyIdDocument,
    "\n  mutation CreateGroup($i: CreateGroupInput!) {\n    createGroup(input: $i) {\n      group {\n        arn\n      }\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation CreateLoginProfile($i: CreateLoginProfileInput!) {\n    createLoginProfile(input: $i) {\n      loginProfile {\n        userName\n      }\n    }\n  }\n": types.CreateLoginProfileDocument,
    "\n  mutation CreateOidcProvider($input: CreateOpenIdConnectProviderInput!) {\n    createOpenIdConnectProvider(input: $input) {\n      openIdConnectProviderArn\n    }\n  }\n": types.CreateOidcProviderDocument,
    "\n  mutation CreateOidcProviderForClient($u: String!, $c: String!) {\n    createOpenIdConnectProvider(input: { url: $u, clientIdList: [$c] }) {\n      openIdConnectProviderArn\n    }\n  }\n": types.CreateOidcProviderForClientDocument,
    "\n  mutation CreatePolicy($i: CreatePolicyInput!) {\n    createPolicy(input: $i) {\n      policy {\n        arn\n      }\n    }\n  }\n": types.CreatePolicyDocument,
    "\n  mutation CreatePolicyVersion($i: CreatePolicyVersionInput!) {\n    createPolicyVersion(input: $i) {\n      policyVersion {\n        versionId\n      }\n    }\n  }\n": types.CreatePolicyVersionDocument,
    "\n  mutation CreateRole($i: CreateRoleInput!) {\n    createRole(input: $i) {\n      role {\n        arn\n      }\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation CreateRoleName($i: CreateRoleInput!) {\n    createRole(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n": types.CreateRoleNameDocument,
    "\n  mutation CreateRoleArn($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        arn\n      }\n    }\n  }\n": types.CreateRoleArnDocument,
    "\n  mutation CreateUser($n: String!) {\n    createUser(input: { userName: $n }) {\n      user {\n        arn\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation CreateUserArn($i: CreateUserInput!) {\n    createUser(input: $i) {\n      user {\n        arn\n      }\n    }\n  }\n": types.CreateUserArnDocument,
    "\n  mutation DeleteGroup($g: String!) {\n    deleteGroup(input: { groupName: $g }) {\n      groupName\n    }\n  }\n": types.DeleteGroupDocument,
    "\n  mutation DeleteLoginProfileByInput($i: DeleteLoginProfileInput!) {\n    deleteLoginProfile(input: $i) {\n      userName\n    }\n  }\n": types.DeleteLoginProfileByInputDocument,
    "\n  mutation DeleteOpenIdConnectProvider($a: String!) {\n    deleteOpenIdConnectProvider(input: { openIdConnectProviderArn: $a }) {\n      openIdConnectProviderArn\n    }\n  }\n": types.DeleteOpenIdConnectProviderDocument,
    "\n  mutation DeletePolicy($i: DeletePolicyInput!) {\n    deletePolicy(input: $i) {\n      policyArn\n    }\n  }\n": types.DeletePolicyDocument,
    "\n  mutation DeletePolicyVersion($i: DeletePolicyVersionInput!) {\n    deletePolicyVersion(input: $i) {\n      policy {\n        arn\n      }\n    }\n  }\n": types.DeletePolicyVersionDocument,
    "\n  mutation DeleteRole($n: String!) {\n    deleteRole(input: { roleName: $n }) {\n      roleName\n    }\n  }\n": types.DeleteRoleDocument,
    "\n  mutation DeleteRoleByInput($i: DeleteRoleInput!) {\n    deleteRole(input: $i) {\n      roleName\n    }\n  }\n": types.DeleteRoleByInputDocument,
    "\n  mutation DeleteRolePolicy($i: DeleteRolePolicyInput!) {\n    deleteRolePolicy(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n": types.DeleteRolePolicyDocument,
    "\n  mutation DeleteUser($u: String!) {\n    deleteUser(input: { userName: $u }) {\n      userName\n    }\n  }\n": types.DeleteUserDocument,
    "\n  mutation DeleteUserByInput($i: DeleteUserInput!) {\n    deleteUser(input: $i) {\n      userName\n    }\n  }\n": types.DeleteUserByInputDocument,
    "\n  mutation DeleteUserPolicy($i: DeleteUserPolicyInput!) {\n    deleteUserPolicy(input: $i) {\n      user {\n        userName\n      }\n    }\n  }\n": types.DeleteUserPolicyDocument,
    "\n  mutation DeleteVirtualMfaDevice($s: String!) {\n    deleteVirtualMfaDevice(input: { serialNumber: $s }) {\n      serialNumber\n    }\n  }\n": types.DeleteVirtualMfaDeviceDocument,
    "\n  mutation DetachRolePolicy($i: DetachRolePolicyInput!) {\n    detachRolePolicy(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n": types.DetachRolePolicyDocument,
    "\n  mutation DetachUserPolicy($i: DetachUserPolicyInput!) {\n    detachUserPolicy(input: $i) {\n      user {\n        userName\n      }\n    }\n  }\n": types.DetachUserPolicyDocument,
    "\n  query EffectivePermissionsPrincipal($a: String!) {\n    effectivePermissions(principalArn: $a) {\n      principalArn\n    }\n  }\n": types.EffectivePermissionsPrincipalDocument,
    "\n  mutation GenerateRecoveryCodesFor($u: String) {\n    generateRecoveryCodes(input: { userName: $u }) {\n      recoveryCodes\n    }\n  }\n": types.GenerateRecoveryCodesForDocument,
    "\n  mutation GetSessionToken($i: GetSessionTokenInput!) {\n    getSessionToken(input: $i) {\n      credentials {\n        sessionToken\n      }\n    }\n  }\n": types.GetSessionTokenDocument,
    "\n  mutation LoginSession($u: String!, $p: String!) {\n    login(input: { userName: $u, password: $p }) {\n      session {\n        token\n      }\n    }\n  }\n": types.LoginSessionDocument,
    "\n  mutation LoginStatusAndSession($u: String!, $p: String!) {\n    login(input: { userName: $u, password: $p }) {\n      status\n      session {\n        token\n      }\n    }\n  }\n": types.LoginStatusAndSessionDocument,
    "\n  mutation LoginStatus($u: String!, $p: String!) {\n    login(input: { userName: $u, password: $p }) {\n      status\n    }\n  }\n": types.LoginStatusDocument,
    "\n  mutation LoginWithSessionDelivery($u: String!, $p: String!, $d: SessionDelivery) {\n    login(input: { userName: $u, password: $p, sessionDelivery: $d }) {\n      status\n      session {\n        token\n        expiresAt\n        mfaAuthenticated\n      }\n    }\n  }\n": types.LoginWithSessionDeliveryDocument,
    "\n  query Me {\n    me {\n      arn\n    }\n  }\n": types.MeDocument,
    "\n  query Policies {\n    policies {\n      edges {\n        node {\n          arn\n        }\n      }\n    }\n  }\n": types.PoliciesDocument,
    "\n  query Policy($a: String!) {\n    policy(arn: $a) {\n      arn\n    }\n  }\n": types.PolicyDocument,
    "\n  mutation PutRolePermissionsBoundary($i: PutRolePermissionsBoundaryInput!) {\n    putRolePermissionsBoundary(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n": types.PutRolePermissionsBoundaryDocument,
    "\n  mutation PutRolePolicy($i: PutRolePolicyInput!) {\n    putRolePolicy(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n": types.PutRolePolicyDocument,
    "\n  mutation PutUserPermissionsBoundary($i: PutUserPermissionsBoundaryInput!) {\n    putUserPermissionsBoundary(input: $i) {\n      user {\n        userName\n      }\n    }\n  }\n": types.PutUserPermissionsBoundaryDocument,
    "\n  mutation PutUserPolicy($i: PutUserPolicyInput!) {\n    putUserPolicy(input: $i) {\n      user {\n        userName\n      }\n    }\n  }\n": types.PutUserPolicyDocument,
    "\n  mutation RespondToMfaChallenge($t: String!, $c: String!) {\n    respondToMfaChallenge(input: { challengeToken: $t, code: $c }) {\n      status\n      session {\n        token\n        mfaAuthenticated\n      }\n    }\n  }\n": types.RespondToMfaChallengeDocument,
    "\n  mutation RevokeRoleSessions($n: String!) {\n    revokeRoleSessions(input: { roleName: $n }) {\n      revokedCount\n    }\n  }\n": types.RevokeRoleSessionsDocument,
    "\n  mutation RevokeUserSessions($n: String!) {\n    revokeUserSessions(input: { userName: $n }) {\n      revokedCount\n    }\n  }\n": types.RevokeUserSessionsDocument,
    "\n  query RoleTrustPolicy($n: String!) {\n    role(roleName: $n) {\n      assumeRolePolicyDocument\n    }\n  }\n": types.RoleTrustPolicyDocument,
    "\n  query RoleArn($n: String!) {\n    role(roleName: $n) {\n      arn\n    }\n  }\n": types.RoleArnDocument,
    "\n  mutation SetDefaultPolicyVersion($i: SetDefaultPolicyVersionInput!) {\n    setDefaultPolicyVersion(input: $i) {\n      policy {\n        defaultVersionId\n      }\n    }\n  }\n": types.SetDefaultPolicyVersionDocument,
    "\n  mutation SetDefaultPolicyVersionArn($i: SetDefaultPolicyVersionInput!) {\n    setDefaultPolicyVersion(input: $i) {\n      policy {\n        arn\n      }\n    }\n  }\n": types.SetDefaultPolicyVersionArnDocument,
    "\n  mutation TagUser($i: TagUserInput!) {\n    tagUser(input: $i) {\n      user {\n        userName\n      }\n    }\n  }\n": types.TagUserDocument,
    "\n  query Typename {\n    __typename\n  }\n": types.TypenameDocument,
    "\n  mutation UpdateTrustPolicy($i: UpdateAssumeRolePolicyInput!) {\n    updateAssumeRolePolicy(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n": types.UpdateTrustPolicyDocument,
    "\n  mutation UpdateLoginProfile($i: UpdateLoginProfileInput!) {\n    updateLoginProfile(input: $i) {\n      loginProfile {\n        userName\n      }\n    }\n  }\n": types.UpdateLoginProfileDocument,
    "\n  mutation UpdateRoleName($i: UpdateRoleInput!) {\n    updateRole(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n": types.UpdateRoleNameDocument,
    "\n  query UserArn($n: String!) {\n    user(userName: $n) {\n      arn\n    }\n  }\n": types.UserArnDocument,
    "\n  query UserName($n: String!) {\n    user(userName: $n) {\n      userName\n    }\n  }\n": types.UserNameDocument,
    "\n  query UserNameByName($n: String!) {\n    user(userName: $n) {\n      userName\n    }\n  }\n": types.UserNameByNameDocument,
    "\n  query FirstUserCursor {\n    users(first: 1) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.FirstUserCursorDocument,
    "\n  query FirstUserName {\n    users(first: 1) {\n      edges {\n        node {\n          userName\n        }\n      }\n    }\n  }\n": types.FirstUserNameDocument,
    "\n  query UserNames {\n    users {\n      edges {\n        node {\n          userName\n        }\n      }\n    }\n  }\n": types.UserNamesDocument,
    "\n          mutation AdminLogin($u: String!, $p: String!) {\n            login(input: { userName: $u, password: $p }) {\n              status\n              session {\n                token\n              }\n            }\n          }\n        ": types.AdminLoginDocument,
    "\n    mutation CreateWebAuthnRegistrationOptionsInTests($i: CreateWebAuthnRegistrationOptionsInput!) {\n      createWebAuthnRegistrationOptions(input: $i) {\n        optionsJson\n      }\n    }\n  ": types.CreateWebAuthnRegistrationOptionsInTestsDocument,
    "\n    mutation CompleteWebAuthnRegistrationInTests($i: CompleteWebAuthnRegistrationInput!) {\n      completeWebAuthnRegistration(input: $i) {\n        mfaDevice {\n          serialNumber\n          type\n          enableDate\n          userName\n          passkeySignIn\n        }\n        recoveryCodes\n      }\n    }\n  ": types.CompleteWebAuthnRegistrationInTestsDocument,
    "\n    mutation LoginInWebAuthnTests($u: String!, $p: String!) {\n      login(input: { userName: $u, password: $p }) {\n        status\n        session {\n          token\n          mfaAuthenticated\n        }\n        mfaChallenge {\n          token\n          methods\n          webAuthnOptionsJson\n        }\n      }\n    }\n  ": types.LoginInWebAuthnTestsDocument,
    "\n    mutation RespondWithWebAuthnInTests($t: String!, $r: String!) {\n      respondToMfaChallenge(input: { challengeToken: $t, webAuthnResponseJson: $r }) {\n        status\n        session {\n          token\n          mfaAuthenticated\n        }\n      }\n    }\n  ": types.RespondWithWebAuthnInTestsDocument,
    "\n    mutation CreatePasskeySignInOptionsInTests {\n      createPasskeySignInOptions {\n        challengeToken\n        optionsJson\n      }\n    }\n  ": types.CreatePasskeySignInOptionsInTestsDocument,
    "\n    mutation CompletePasskeySignInInTests($i: CompletePasskeySignInInput!) {\n      completePasskeySignIn(input: $i) {\n        status\n        session {\n          token\n          mfaAuthenticated\n        }\n        mfaChallenge {\n          token\n        }\n      }\n    }\n  ": types.CompletePasskeySignInInTestsDocument,
    "\n    query MfaDevicesInWebAuthnTests($n: String!) {\n      user(userName: $n) {\n        mfaDevices {\n          serialNumber\n          type\n          passkeySignIn\n        }\n      }\n    }\n  ": types.MfaDevicesInWebAuthnTestsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccessKey($i: UpdateAccessKeyInput!) {\n    updateAccessKey(input: $i) {\n      accessKey {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateAccessKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccessKey($i: DeleteAccessKeyInput!) {\n    deleteAccessKey(input: $i) {\n      accessKeyId\n    }\n  }\n"): typeof import('./graphql').DeleteAccessKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($a: String) {\n    auditEvents(first: 100, action: $a) {\n      edges {\n        node {\n          action\n          resourceArn\n          outcome\n          errorCode\n          principalArn\n          sessionId\n          roleSessionName\n          accessKeyId\n          webIdentitySubject\n          webIdentityIssuer\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssumeRole($i: AssumeRoleInput!) {\n    assumeRole(input: $i) {\n      credentials {\n        sessionToken\n      }\n    }\n  }\n"): typeof import('./graphql').AssumeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuditEventsInAuditIdentity($s: String) {\n          auditEvents(first: 10, sessionId: $s) {\n            edges {\n              node {\n                resourceArn\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').AuditEventsInAuditIdentityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateOpenIdConnectProvider($i: CreateOpenIdConnectProviderInput!) {\n          createOpenIdConnectProvider(input: $i) {\n            openIdConnectProviderArn\n          }\n        }\n      "): typeof import('./graphql').CreateOpenIdConnectProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AssumeRoleWithWebIdentity($i: AssumeRoleWithWebIdentityInput!) {\n        assumeRoleWithWebIdentity(input: $i) {\n          credentials {\n            sessionToken\n          }\n        }\n      }\n    "): typeof import('./graphql').AssumeRoleWithWebIdentityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEventsInAudit($a: String) {\n    auditEvents(first: 20, action: $a) {\n      edges {\n        node {\n          action\n          resourceArn\n          outcome\n          errorCode\n          principalArn\n          requestId\n          sourceIp\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditEventsInAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation Login {\n          login(input: { userName: \"surely-unknown-user\", password: \"Secret-typed-in-wrong-box\" }) {\n            status\n          }\n        }\n      "): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateAccountPasswordPolicy($i: UpdateAccountPasswordPolicyInput!) {\n          updateAccountPasswordPolicy(input: $i) {\n            passwordPolicy {\n              allowUsersToChangePassword\n            }\n          }\n        }\n      "): typeof import('./graphql').UpdateAccountPasswordPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query UsersInAuthzCache($n: Int!, $p: String!) {\n        users(first: $n, pathPrefix: $p) {\n          edges {\n            node {\n              userName\n              groups {\n                edges {\n                  node {\n                    groupName\n                  }\n                }\n              }\n              effectivePermissions {\n                statements {\n                  effect\n                  actions\n                  source {\n                    policyName\n                    policyType\n                    viaGroup\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').UsersInAuthzCacheDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EffectivePermissions($a: String!) {\n          effectivePermissions(principalArn: $a) {\n            principalArn\n            statements {\n              source {\n                policyArn\n                policyType\n                versionId\n                statementIndex\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').EffectivePermissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query UserInAuthzNestedFields {\n          user(userName: \"admin\") {\n            userName\n            accessKeys {\n              accessKeyId\n            }\n            mfaDevices {\n              serialNumber\n            }\n            loginProfile {\n              createDate\n            }\n            groups {\n              edges {\n                cursor\n              }\n            }\n            attachedManagedPolicies {\n              policyArn\n            }\n            inlinePolicies {\n              policyName\n            }\n            effectivePermissions {\n              principalArn\n            }\n          }\n        }\n      "): typeof import('./graphql').UserInAuthzNestedFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateGroupInAuthzNestedFields($g: String!) {\n          createGroup(input: { groupName: $g }) {\n            group {\n              arn\n            }\n          }\n        }\n      "): typeof import('./graphql').CreateGroupInAuthzNestedFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AddUserToGroupInAuthzNestedFields($g: String!, $u: String!) {\n          addUserToGroup(input: { groupName: $g, userName: $u }) {\n            group {\n              arn\n            }\n          }\n        }\n      "): typeof import('./graphql').AddUserToGroupInAuthzNestedFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AddUserToGroupInAuthzNestedFields2($g: String!) {\n          addUserToGroup(input: { groupName: $g, userName: \"admin\" }) {\n            group {\n              arn\n            }\n          }\n        }\n      "): typeof import('./graphql').AddUserToGroupInAuthzNestedFields2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MeInAuthzNestedFields {\n          me {\n            arn\n            ... on User {\n              groups {\n                edges {\n                  node {\n                    users {\n                      edges {\n                        node {\n                          userName\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').MeInAuthzNestedFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query UserInAuthzNestedFields2($u: String!) {\n          user(userName: $u) {\n            accessKeys {\n              status\n            }\n            groups {\n              edges {\n                cursor\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').UserInAuthzNestedFields2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateUser($u: String!) {\n          updateUser(input: { userName: $u, newPath: \"/admins/\" }) {\n            user {\n              arn\n            }\n          }\n        }\n      "): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateUserInAuthzNestedFields($u: String!, $n: String!) {\n          updateUser(input: { userName: $u, newUserName: $n }) {\n            user {\n              arn\n            }\n          }\n        }\n      "): typeof import('./graphql').UpdateUserInAuthzNestedFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateUserInAuthzSelfService($i: UpdateUserInput!) {\n          updateUser(input: $i) {\n            user {\n              arn\n            }\n          }\n        }\n      "): typeof import('./graphql').UpdateUserInAuthzSelfServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateVirtualMfaDevice($i: CreateVirtualMfaDeviceInput!) {\n          createVirtualMfaDevice(input: $i) {\n            virtualMfaDevice {\n              serialNumber\n            }\n          }\n        }\n      "): typeof import('./graphql').CreateVirtualMfaDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SimulatePrincipalPolicy($i: SimulatePrincipalPolicyInput!) {\n          simulatePrincipalPolicy(input: $i) {\n            evaluationResults {\n              evalActionName\n              evalDecision\n            }\n          }\n        }\n      "): typeof import('./graphql').SimulatePrincipalPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateAccessKeyInAuthzSelfService($i: CreateAccessKeyInput!) {\n          createAccessKey(input: $i) {\n            accessKey {\n              accessKeyId\n              status\n            }\n          }\n        }\n      "): typeof import('./graphql').CreateAccessKeyInAuthzSelfServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateAccessKeyInAuthzSelfService2($i: CreateAccessKeyInput!) {\n          createAccessKey(input: $i) {\n            accessKey {\n              accessKeyId\n            }\n          }\n        }\n      "): typeof import('./graphql').CreateAccessKeyInAuthzSelfService2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PutUserPermissionsBoundaryInAuthzSelfService($i: PutUserPermissionsBoundaryInput!) {\n          putUserPermissionsBoundary(input: $i) {\n            user {\n              permissionsBoundary {\n                permissionsBoundaryArn\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').PutUserPermissionsBoundaryInAuthzSelfServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeleteUserPermissionsBoundary($i: DeleteUserPermissionsBoundaryInput!) {\n          deleteUserPermissionsBoundary(input: $i) {\n            user {\n              userName\n            }\n          }\n        }\n      "): typeof import('./graphql').DeleteUserPermissionsBoundaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RemoveUserFromGroup($i: RemoveUserFromGroupInput!) {\n          removeUserFromGroup(input: $i) {\n            user {\n              userName\n            }\n          }\n        }\n      "): typeof import('./graphql').RemoveUserFromGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AttachUserPolicyInBootstrap($u: String!) {\n          attachUserPolicy(input: { userName: $u, policyArn: \"arn:aws:iam::aws:policy/AdministratorAccess\" }) {\n            user {\n              userName\n            }\n          }\n        }\n      "): typeof import('./graphql').AttachUserPolicyInBootstrapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DetachUserPolicyInBootstrap {\n          detachUserPolicy(input: { userName: \"root\", policyArn: \"arn:aws:iam::aws:policy/AdministratorAccess\" }) {\n            user {\n              userName\n            }\n          }\n        }\n      "): typeof import('./graphql').DetachUserPolicyInBootstrapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeleteLoginProfile {\n          deleteLoginProfile(input: { userName: \"root\" }) {\n            userName\n          }\n        }\n      "): typeof import('./graphql').DeleteLoginProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeleteUserInBootstrap {\n          deleteUser(input: { userName: \"root\" }) {\n            userName\n          }\n        }\n      "): typeof import('./graphql').DeleteUserInBootstrapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query UserInBootstrap {\n          user(userName: \"root\") {\n            userName\n          }\n        }\n      "): typeof import('./graphql').UserInBootstrapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsWithClientAndCurrent($n: String) {\n    sessions(userName: $n) {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      sourceIp\n      userAgent\n      mfaAuthenticated\n      current\n    }\n  }\n"): typeof import('./graphql').SessionsWithClientAndCurrentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSessionId($id: ID!) {\n    revokeSession(input: { sessionId: $id }) {\n      sessionId\n    }\n  }\n"): typeof import('./graphql').RevokeSessionIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutOk {\n    logout {\n      ok\n    }\n  }\n"): typeof import('./graphql').LogoutOkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToMfaChallengeByCookie($t: String!, $c: String!) {\n    respondToMfaChallenge(input: { challengeToken: $t, code: $c, sessionDelivery: COOKIE }) {\n      status\n      session {\n        token\n        mfaAuthenticated\n      }\n    }\n  }\n"): typeof import('./graphql').RespondToMfaChallengeByCookieDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeUserSessionsKeepingCurrent($n: String!) {\n    revokeUserSessions(input: { userName: $n, keepCurrent: true }) {\n      revokedCount\n    }\n  }\n"): typeof import('./graphql').RevokeUserSessionsKeepingCurrentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallerPermissions($r: [CallerPermissionRequest!]!) {\n    callerPermissions(requests: $r) {\n      action\n      resource\n      decision\n      message\n      allowedWithMfa\n    }\n  }\n"): typeof import('./graphql').CallerPermissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersPage($p: String, $first: Int, $after: String, $last: Int, $before: String) {\n    users(pathPrefix: $p, first: $first, after: $after, last: $last, before: $before) {\n      edges {\n        cursor\n        node {\n          userName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').UsersPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersFirstTwoNoCount($p: String) {\n    users(pathPrefix: $p, first: 2) {\n      edges {\n        node {\n          userName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UsersFirstTwoNoCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersFirstTwoWithCount($p: String) {\n    users(pathPrefix: $p, first: 2) {\n      edges {\n        node {\n          userName\n        }\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').UsersFirstTwoWithCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query UsersTotalCount {\n          users(first: 1) {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').UsersTotalCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BackwardPagesOfGroupsRolesPolicies {\n          groups(pathPrefix: \"/back/\", last: 2) {\n            edges {\n              node {\n                groupName\n              }\n            }\n            pageInfo {\n              hasPreviousPage\n            }\n            totalCount\n          }\n          roles(pathPrefix: \"/back/\", last: 1) {\n            edges {\n              node {\n                roleName\n              }\n            }\n            totalCount\n          }\n          policies(scope: AWS, last: 1) {\n            edges {\n              node {\n                arn\n              }\n            }\n            pageInfo {\n              hasPreviousPage\n              hasNextPage\n            }\n            totalCount\n          }\n          first: policies(scope: AWS, first: 1000) {\n            edges {\n              node {\n                arn\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').BackwardPagesOfGroupsRolesPoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuditEventsTotalCount {\n          auditEvents(first: 1) {\n            totalCount\n            edges {\n              node {\n                action\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').AuditEventsTotalCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LoginAndChangePassword($u: String!, $p: String!) {\n          login(input: { userName: $u, password: $p }) {\n            status\n          }\n          changePassword(input: { oldPassword: $p, newPassword: $p }) {\n            __typename\n          }\n        }\n      "): typeof import('./graphql').LoginAndChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LoginAndLogout($u: String!, $p: String!) {\n          login(input: { userName: $u, password: $p }) {\n            status\n          }\n          logout {\n            ok\n          }\n        }\n      "): typeof import('./graphql').LoginAndLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateRecoveryCodes($u: String!) {\n    generateRecoveryCodes(input: { userName: $u }) {\n      recoveryCodes\n    }\n  }\n"): typeof import('./graphql').GenerateRecoveryCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateAccountPasswordPolicyInCredentialRaces {\n          updateAccountPasswordPolicy(input: { passwordReusePrevention: 24 }) {\n            passwordPolicy {\n              passwordReusePrevention\n            }\n          }\n        }\n      "): typeof import('./graphql').UpdateAccountPasswordPolicyInCredentialRacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation UpdateAccountPasswordPolicyInCredentialRaces2 {\n            updateAccountPasswordPolicy(input: {}) {\n              passwordPolicy {\n                passwordReusePrevention\n              }\n            }\n          }\n        "): typeof import('./graphql').UpdateAccountPasswordPolicyInCredentialRaces2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CredentialReport {\n      credentialReport {\n        user\n        arn\n        passwordEnabled\n        passwordLastUsed\n        mfaActive\n        accessKey1Active\n        accessKey1LastRotated\n        accessKey2Active\n      }\n    }\n  "): typeof import('./graphql').CredentialReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccessKeyInCredentialsAccessKeys($u: String) {\n    createAccessKey(input: { userName: $u }) {\n      accessKey {\n        accessKeyId\n        secretAccessKey\n        status\n        userName\n        createDate\n      }\n    }\n  }\n"): typeof import('./graphql').CreateAccessKeyInCredentialsAccessKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GetSessionTokenInCredentialsAccessKeys($i: GetSessionTokenInput!) {\n    getSessionToken(input: $i) {\n      credentials {\n        sessionToken\n        expiration\n      }\n    }\n  }\n"): typeof import('./graphql').GetSessionTokenInCredentialsAccessKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query UserInCredentialsAccessKeys($u: String!) {\n          user(userName: $u) {\n            accessKeys {\n              accessKeyId\n              status\n              lastUsedDate\n            }\n          }\n        }\n      "): typeof import('./graphql').UserInCredentialsAccessKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query UserInCredentialsAccessKeys2($u: String!) {\n          user(userName: $u) {\n            accessKeys {\n              accessKeyId\n            }\n          }\n        }\n      "): typeof import('./graphql').UserInCredentialsAccessKeys2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation UpdateAccountPasswordPolicyInCredentialsAccessKeys {\n            updateAccountPasswordPolicy(input: { minimumPasswordLength: 3 }) {\n              passwordPolicy {\n                minimumPasswordLength\n              }\n            }\n          }\n        "): typeof import('./graphql').UpdateAccountPasswordPolicyInCredentialsAccessKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MeInCredentialsAccessKeys {\n          me {\n            arn\n            ... on User {\n              accessKeys {\n                accessKeyId\n                lastUsedDate\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').MeInCredentialsAccessKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateAccessKeyInCredentialsAccessKeys($k: String!) {\n          updateAccessKey(input: { accessKeyId: $k, status: Inactive }) {\n            accessKey {\n              status\n            }\n          }\n        }\n      "): typeof import('./graphql').UpdateAccessKeyInCredentialsAccessKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeleteAccessKeyInCredentialsAccessKeys($k: String!) {\n          deleteAccessKey(input: { accessKeyId: $k }) {\n            accessKeyId\n          }\n        }\n      "): typeof import('./graphql').DeleteAccessKeyInCredentialsAccessKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeleteAccessKeyInCredentialsAccessKeys2($u: String, $k: String!) {\n          deleteAccessKey(input: { userName: $u, accessKeyId: $k }) {\n            accessKeyId\n          }\n        }\n      "): typeof import('./graphql').DeleteAccessKeyInCredentialsAccessKeys2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePasswordInCredentialsPasswordPolicy($o: String!, $n: String!) {\n    changePassword(input: { oldPassword: $o, newPassword: $n }) {\n      session {\n        token\n      }\n    }\n  }\n"): typeof import('./graphql').ChangePasswordInCredentialsPasswordPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccountPasswordPolicyInCredentialsPasswordPolicy {\n          accountPasswordPolicy {\n            minimumPasswordLength\n            maximumPasswordLength\n            requireSymbols\n            requireNumbers\n            allowUsersToChangePassword\n            expirePasswords\n          }\n        }\n      "): typeof import('./graphql').AccountPasswordPolicyInCredentialsPasswordPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateAccountPasswordPolicyInCredentialsPasswordPolicy {\n          updateAccountPasswordPolicy(input: { minimumPasswordLength: 14, requireNumbers: true, passwordReusePrevention: 2 }) {\n            passwordPolicy {\n              minimumPasswordLength\n              requireNumbers\n              passwordReusePrevention\n            }\n          }\n        }\n      "): typeof import('./graphql').UpdateAccountPasswordPolicyInCredentialsPasswordPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateAccountPasswordPolicyInCredentialsPasswordPolicy2 {\n          updateAccountPasswordPolicy(input: {}) {\n            passwordPolicy {\n              minimumPasswordLength\n            }\n          }\n        }\n      "): typeof import('./graphql').UpdateAccountPasswordPolicyInCredentialsPasswordPolicy2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddUserToGroupInGroups($g: String!, $u: String!) {\n    addUserToGroup(input: { groupName: $g, userName: $u }) {\n      group {\n        groupName\n      }\n    }\n  }\n"): typeof import('./graphql').AddUserToGroupInGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroupInGroups($g: String!, $p: String) {\n    createGroup(input: { groupName: $g, path: $p }) {\n      group {\n        groupName\n        arn\n      }\n    }\n  }\n"): typeof import('./graphql').CreateGroupInGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query GroupAndUser($g: String!, $u: String!) {\n          group(groupName: $g) {\n            users(first: 1) {\n              edges {\n                node {\n                  userName\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n          user(userName: $u) {\n            groups {\n              edges {\n                node {\n                  groupName\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').GroupAndUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Group($g: String!, $after: String) {\n          group(groupName: $g) {\n            users(first: 5, after: $after) {\n              edges {\n                node {\n                  userName\n                }\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').GroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RemoveUserFromGroupInGroups($g: String!, $u: String!) {\n          removeUserFromGroup(input: { groupName: $g, userName: $u }) {\n            group {\n              groupName\n            }\n          }\n        }\n      "): typeof import('./graphql').RemoveUserFromGroupInGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateGroup($g: String!, $n: String!) {\n          updateGroup(input: { groupName: $g, newGroupName: $n, newPath: \"/x/\" }) {\n            group {\n              groupName\n              arn\n            }\n          }\n        }\n      "): typeof import('./graphql').UpdateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query GroupInGroups($g: String!) {\n              group(groupName: $g) {\n                arn\n              }\n            }\n          "): typeof import('./graphql').GroupInGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Groups {\n          groups(pathPrefix: \"/prefix-test/\") {\n            edges {\n              node {\n                groupName\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').GroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserInLoginThrottleSources($u: String!) {\n    user(userName: $u) {\n      signInThrottle {\n        password {\n          failures\n          maxFailures\n          refused\n          throttledUntil\n          windowEndsAt\n          sourcesInBackoff\n        }\n        mfa {\n          failures\n          maxFailures\n          throttledUntil\n          sourcesInBackoff\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UserInLoginThrottleSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetSignInThrottle($i: ResetSignInThrottleInput!) {\n    resetSignInThrottle(input: $i) {\n      userName\n    }\n  }\n"): typeof import('./graphql').ResetSignInThrottleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation UntagUser($n: String!, $k: [String!]!) {\n        untagUser(input: { userName: $n, tagKeys: $k }) {\n          user {\n            tags {\n              key\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').UntagUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query GroupInStoreInputBounds($n: String!) {\n            group(groupName: $n) {\n              groupName\n            }\n          }\n        "): typeof import('./graphql').GroupInStoreInputBoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query RoleInStoreInputBounds($n: String!) {\n            role(roleName: $n) {\n              roleName\n            }\n          }\n        "): typeof import('./graphql').RoleInStoreInputBoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation DeleteUserInStoreInputBounds($n: String!) {\n            deleteUser(input: { userName: $n }) {\n              userName\n            }\n          }\n        "): typeof import('./graphql').DeleteUserInStoreInputBoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TagUserInStoreInputBounds($n: String!) {\n            tagUser(input: { userName: $n, tags: [{ key: \"k\", value: \"v\" }] }) {\n              user {\n                userName\n              }\n            }\n          }\n        "): typeof import('./graphql').TagUserInStoreInputBoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PolicyVersion($a: String!) {\n            policyVersion(arn: $a, versionId: \"1\") {\n              versionId\n            }\n          }\n        "): typeof import('./graphql').PolicyVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuditEventsInStoreInputBounds($a: String!) {\n            auditEvents(principalArn: $a) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "): typeof import('./graphql').AuditEventsInStoreInputBoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuditEventsInStoreInputBounds2($a: String!) {\n            auditEvents(action: $a) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "): typeof import('./graphql').AuditEventsInStoreInputBounds2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query UsersInStoreInputBounds($c: String!) {\n            users(first: 1, after: $c) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "): typeof import('./graphql').UsersInStoreInputBoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppIsAuthorized($i: IsAuthorizedInput!) {\n    isAuthorized(input: $i) {\n      decision\n      principalArn\n      explanation\n      missingContextValues\n      matchedStatements {\n        sid\n        effect\n        policySource {\n          type\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AppIsAuthorizedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppBatchIsAuthorized($r: [IsAuthorizedInput!]!) {\n    batchIsAuthorized(input: { requests: $r }) {\n      results {\n        decision\n        principalArn\n      }\n    }\n  }\n"): typeof import('./graphql').AppBatchIsAuthorizedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppUserLogout {\n    logout {\n      ok\n    }\n  }\n"): typeof import('./graphql').AppUserLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVirtualMfaDeviceWithQrCodes($n: String!) {\n    createVirtualMfaDevice(input: { virtualMfaDeviceName: $n }) {\n      virtualMfaDevice {\n        base32StringSeed\n        otpauthUri\n        qrCodeSvg\n        qrCodePng\n      }\n    }\n  }\n"): typeof import('./graphql').CreateVirtualMfaDeviceWithQrCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MeInMfaSignin {\n          me {\n            arn\n            ... on User {\n              mfaDevices {\n                serialNumber\n                enableDate\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').MeInMfaSigninDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuditEventsInMfaSignin {\n          auditEvents(first: 20, action: \"signin:ConsoleLogin\") {\n            edges {\n              node {\n                principalArn\n                outcome\n                errorCode\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').AuditEventsInMfaSigninDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query UserInMfaSignin($u: String!) {\n          user(userName: $u) {\n            mfaDevices {\n              serialNumber\n              userName\n            }\n          }\n        }\n      "): typeof import('./graphql').UserInMfaSigninDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeactivateMfaDevice($u: String, $s: String!) {\n          deactivateMfaDevice(input: { userName: $u, serialNumber: $s }) {\n            serialNumber\n          }\n        }\n      "): typeof import('./graphql').DeactivateMfaDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ResyncMfaDevice($i: ResyncMfaDeviceInput!) {\n          resyncMfaDevice(input: $i) {\n            mfaDevice {\n              serialNumber\n            }\n          }\n        }\n      "): typeof import('./graphql').ResyncMfaDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssumeRoleWithWebIdentityInOidcFederation($input: AssumeRoleWithWebIdentityInput!) {\n    assumeRoleWithWebIdentity(input: $input) {\n      credentials {\n        sessionToken\n        expiration\n      }\n      assumedRoleUser {\n        arn\n        assumedRoleId\n      }\n      subjectFromWebIdentityToken\n      audience\n      provider\n    }\n  }\n"): typeof import('./graphql').AssumeRoleWithWebIdentityInOidcFederationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OpenIdConnectProviders {\n          openIdConnectProviders {\n            arn\n            url\n            clientIdList\n            thumbprintList\n          }\n        }\n      "): typeof import('./graphql').OpenIdConnectProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateOpenIdConnectProviderInOidcFederation2($u: String!) {\n          createOpenIdConnectProvider(input: { url: $u, clientIdList: [\"x\"] }) {\n            openIdConnectProviderArn\n          }\n        }\n      "): typeof import('./graphql').CreateOpenIdConnectProviderInOidcFederation2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query MeInOidcFederation {\n            me {\n              arn\n              ... on AssumedRoleSession {\n                roleName\n                roleSessionName\n              }\n            }\n          }\n        "): typeof import('./graphql').MeInOidcFederationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreateOpenIdConnectProviderInOidcFederation4 {\n            createOpenIdConnectProvider(input: { url: \"http://127.0.0.1:9/x\", clientIdList: [\"a\"] }) {\n              openIdConnectProviderArn\n            }\n          }\n        "): typeof import('./graphql').CreateOpenIdConnectProviderInOidcFederation4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssumeRoleWithWebIdentityInOidcSlowIssuer($input: AssumeRoleWithWebIdentityInput!) {\n    assumeRoleWithWebIdentity(input: $input) {\n      credentials {\n        sessionToken\n      }\n      assumedRoleUser {\n        arn\n      }\n    }\n  }\n"): typeof import('./graphql').AssumeRoleWithWebIdentityInOidcSlowIssuerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreateUserInOidcSlowIssuer($n: String!) {\n            createUser(input: { userName: $n }) {\n              user {\n                userName\n              }\n            }\n          }\n        "): typeof import('./graphql').CreateUserInOidcSlowIssuerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateThreeUsers($a: String!, $b: String!, $c: String!) {\n          a: createUser(input: { userName: $a }) {\n            user {\n              userName\n            }\n          }\n          b: createUser(input: { userName: $b }) {\n            user {\n              userName\n            }\n          }\n          c: createUser(input: { userName: $c }) {\n            user {\n              userName\n            }\n          }\n        }\n      "): typeof import('./graphql').CreateThreeUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreatePolicyInPoliciesManaged($i: CreatePolicyInput!) {\n          createPolicy(input: $i) {\n            policy {\n              arn\n              policyName\n              defaultVersionId\n            }\n          }\n        }\n      "): typeof import('./graphql').CreatePolicyInPoliciesManagedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PoliciesInPoliciesManaged {\n          policies(scope: AWS) {\n            edges {\n              node {\n                arn\n                defaultVersionId\n                attachmentCount\n                defaultVersion {\n                  document\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').PoliciesInPoliciesManagedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query UserInPoliciesManaged {\n          user(userName: \"admin\") {\n            attachedManagedPolicies {\n              policyArn\n            }\n          }\n        }\n      "): typeof import('./graphql').UserInPoliciesManagedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CreatePolicyVersionInPoliciesManaged($i: CreatePolicyVersionInput!) {\n        createPolicyVersion(input: $i) {\n          policyVersion {\n            versionId\n            isDefaultVersion\n          }\n        }\n      }\n    "): typeof import('./graphql').CreatePolicyVersionInPoliciesManagedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyInPoliciesManaged($a: String!) {\n          policy(arn: $a) {\n            versions {\n              versionId\n              isDefaultVersion\n            }\n          }\n        }\n      "): typeof import('./graphql').PolicyInPoliciesManagedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PolicyInPoliciesManaged2($a: String!) {\n          policy(arn: $a) {\n            attachmentCount\n          }\n        }\n      "): typeof import('./graphql').PolicyInPoliciesManaged2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AttachUserPolicyInPoliciesManaged($i: AttachUserPolicyInput!) {\n        attachUserPolicy(input: $i) {\n          user {\n            attachedManagedPolicies {\n              policyArn\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').AttachUserPolicyInPoliciesManagedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PutUserPolicyInPoliciesManaged($i: PutUserPolicyInput!) {\n        putUserPolicy(input: $i) {\n          user {\n            inlinePolicies {\n              policyName\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').PutUserPolicyInPoliciesManagedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PoliciesInPoliciesManaged2($p: String!) {\n          policies(scope: LOCAL, pathPrefix: $p, first: 2) {\n            edges {\n              node {\n                arn\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n      "): typeof import('./graphql').PoliciesInPoliciesManaged2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PoliciesInPoliciesManaged3($p: String!, $a: String) {\n          policies(scope: LOCAL, pathPrefix: $p, first: 2, after: $a) {\n            edges {\n              node {\n                arn\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').PoliciesInPoliciesManaged3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PoliciesInPoliciesManaged4($p: String!) {\n          policies(scope: LOCAL, pathPrefix: $p, onlyAttached: true) {\n            edges {\n              node {\n                arn\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').PoliciesInPoliciesManaged4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SimulateCustomPolicy($i: SimulateCustomPolicyInput!) {\n          simulateCustomPolicy(input: $i) {\n            evaluationResults {\n              evalResourceName\n              evalDecision\n            }\n          }\n        }\n      "): typeof import('./graphql').SimulateCustomPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SimulatePrincipalPolicyInPolicyFailClosed($i: SimulatePrincipalPolicyInput!) {\n          simulatePrincipalPolicy(input: $i) {\n            evaluationResults {\n              evalDecision\n            }\n          }\n        }\n      "): typeof import('./graphql').SimulatePrincipalPolicyInPolicyFailClosedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EffectivePermissionsInPolicyFailClosed($a: String!) {\n          effectivePermissions(principalArn: $a) {\n            statements {\n              sid\n              effect\n              source {\n                policyArn\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').EffectivePermissionsInPolicyFailClosedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicySourceFields on PolicySource {\n    type\n    policyId\n    policyArn\n    policyName\n    versionId\n    viaGroup\n    statementIndex\n  }\n"): typeof import('./graphql').PolicySourceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ValidatePolicySources($d: String!) {\n    validatePolicy(policyDocument: $d) {\n      findings {\n        issueCode\n        path\n        policySource {\n          ...PolicySourceFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ValidatePolicySourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ValidateTrustPolicySources($d: String!) {\n    validatePolicy(policyDocument: $d, policyType: TRUST_POLICY) {\n      findings {\n        policySource {\n          ...PolicySourceFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ValidateTrustPolicySourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EffectivePermissionsPolicySources($a: String!) {\n          effectivePermissions(principalArn: $a) {\n            statements {\n              sid\n              source {\n                policyType\n              }\n              policySource {\n                ...PolicySourceFields\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').EffectivePermissionsPolicySourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SimulatePrincipalPolicySources($a: String!) {\n          simulatePrincipalPolicy(input: { policySourceArn: $a, actionNames: [\"iam:ListUsers\", \"iam:GetUser\"] }) {\n            evaluationResults {\n              evalActionName\n              evalDecision\n              matchedStatements {\n                sourcePolicyId\n                sourcePolicyType\n                policySource {\n                  ...PolicySourceFields\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').SimulatePrincipalPolicySourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query EffectivePermissionsViaGroup($a: String!) {\n            effectivePermissions(principalArn: $a) {\n              statements {\n                source {\n                  viaGroup\n                }\n                policySource {\n                  policyArn\n                  viaGroup\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').EffectivePermissionsViaGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SimulateViaGroup($a: String!) {\n            simulatePrincipalPolicy(input: { policySourceArn: $a, actionNames: [\"iam:ListRoles\"] }) {\n              evaluationResults {\n                evalDecision\n                matchedStatements {\n                  policySource {\n                    policyArn\n                    viaGroup\n                  }\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').SimulateViaGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SimulateCustomPolicySources($d: String!) {\n          simulateCustomPolicy(input: { policyInputList: [$d], actionNames: [\"iam:ListUsers\"] }) {\n            evaluationResults {\n              matchedStatements {\n                policySource {\n                  ...PolicySourceFields\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').SimulateCustomPolicySourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation UpdateUserInStoreRaces($i: UpdateUserInput!) {\n        updateUser(input: $i) {\n          user {\n            userName\n            path\n          }\n        }\n      }\n    "): typeof import('./graphql').UpdateUserInStoreRacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CreateGroupInStoreRaces($i: CreateGroupInput!) {\n        createGroup(input: $i) {\n          group {\n            groupName\n          }\n        }\n      }\n    "): typeof import('./graphql').CreateGroupInStoreRacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DeleteGroupInStoreRaces($i: DeleteGroupInput!) {\n        deleteGroup(input: $i) {\n          groupName\n        }\n      }\n    "): typeof import('./graphql').DeleteGroupInStoreRacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AddUserToGroupInStoreRaces($i: AddUserToGroupInput!) {\n        addUserToGroup(input: $i) {\n          group {\n            groupName\n          }\n        }\n      }\n    "): typeof import('./graphql').AddUserToGroupInStoreRacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PolicyInPolicyVersionRaces($a: String!) {\n            policy(arn: $a) {\n              defaultVersionId\n              defaultVersion {\n                versionId\n              }\n            }\n          }\n        "): typeof import('./graphql').PolicyInPolicyVersionRacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EffectivePolicyNamesOnReplica($a: String!) {\n    effectivePermissions(principalArn: $a) {\n      statements {\n        source {\n          policyName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EffectivePolicyNamesOnReplicaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PutStoredResourcePolicy($i: PutResourcePolicyInput!) {\n    putResourcePolicy(input: $i) {\n      resourcePolicy {\n        resourceArn\n        policyDocument\n        createDate\n        updateDate\n      }\n    }\n  }\n"): typeof import('./graphql').PutStoredResourcePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetStoredResourcePolicy($arn: String!) {\n    resourcePolicy(resourceArn: $arn) {\n      resourceArn\n      policyDocument\n      createDate\n      updateDate\n    }\n  }\n"): typeof import('./graphql').GetStoredResourcePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteStoredResourcePolicy($i: DeleteResourcePolicyInput!) {\n    deleteResourcePolicy(input: $i) {\n      resourceArn\n    }\n  }\n"): typeof import('./graphql').DeleteStoredResourcePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecideWithStoredResourcePolicy($i: IsAuthorizedInput!) {\n    isAuthorized(input: $i) {\n      decision\n      matchedStatements {\n        sid\n        policySource {\n          type\n          policyArn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DecideWithStoredResourcePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoredResourcePolicyAudit($a: String) {\n    auditEvents(first: 100, action: $a) {\n      edges {\n        node {\n          action\n          resourceArn\n          outcome\n          errorCode\n          principalArn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StoredResourcePolicyAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleFields on Role {\n    roleName\n    roleId\n    arn\n    path\n    description\n    maxSessionDuration\n    assumeRolePolicyDocument\n    createDate\n    tags {\n      key\n      value\n    }\n  }\n"): typeof import('./graphql').RoleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateRoleWithFields($input: CreateRoleInput!) {\n          createRole(input: $input) {\n            role {\n              ...RoleFields\n            }\n          }\n        }\n      "): typeof import('./graphql').CreateRoleWithFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RoleWithFields($n: String!) {\n          role(roleName: $n) {\n            ...RoleFields\n          }\n        }\n      "): typeof import('./graphql').RoleWithFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query Role {\n              role(roleName: \"no-such-role\") {\n                arn\n              }\n            }\n          "): typeof import('./graphql').RoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateRole($i: UpdateRoleInput!) {\n          updateRole(input: $i) {\n            role {\n              description\n              maxSessionDuration\n            }\n          }\n        }\n      "): typeof import('./graphql').UpdateRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateAssumeRolePolicy($i: UpdateAssumeRolePolicyInput!) {\n          updateAssumeRolePolicy(input: $i) {\n            role {\n              assumeRolePolicyDocument\n            }\n          }\n        }\n      "): typeof import('./graphql').UpdateAssumeRolePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TagRole($i: TagRoleInput!) {\n          tagRole(input: $i) {\n            role {\n              tags {\n                key\n                value\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').TagRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UntagRole($i: UntagRoleInput!) {\n          untagRole(input: $i) {\n            role {\n              tags {\n                key\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').UntagRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Roles($p: String, $a: String) {\n        roles(pathPrefix: $p, first: 2, after: $a) {\n          edges {\n            node {\n              roleName\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    "): typeof import('./graphql').RolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query RolesInRolesCrud {\n              roles {\n                edges {\n                  node {\n                    roleName\n                  }\n                }\n              }\n            }\n          "): typeof import('./graphql').RolesInRolesCrudDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateRoleInRolesPolicies($i: CreateRoleInput!) {\n          createRole(input: $i) {\n            role {\n              roleName\n              arn\n            }\n          }\n        }\n      "): typeof import('./graphql').CreateRoleInRolesPoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RoleInRolesPolicies($n: String!) {\n          role(roleName: $n) {\n            attachedManagedPolicies {\n              policyName\n              policyArn\n            }\n            inlinePolicies {\n              policyName\n              policyDocument\n            }\n            permissionsBoundary {\n              permissionsBoundaryType\n              permissionsBoundaryArn\n            }\n            effectivePermissions {\n              principalArn\n              statements {\n                sid\n                effect\n                actions\n                source {\n                  policyArn\n                  policyName\n                  policyType\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').RoleInRolesPoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeleteRolePermissionsBoundary($n: String!) {\n          deleteRolePermissionsBoundary(input: { roleName: $n }) {\n            role {\n              permissionsBoundary {\n                permissionsBoundaryArn\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').DeleteRolePermissionsBoundaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RoleInRolesPolicies2($r: String!) {\n          role(roleName: $r) {\n            attachedManagedPolicies {\n              policyArn\n            }\n          }\n        }\n      "): typeof import('./graphql').RoleInRolesPolicies2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RoleInRolesRaces($n: String!) {\n          role(roleName: $n) {\n            description\n            maxSessionDuration\n          }\n        }\n      "): typeof import('./graphql').RoleInRolesRacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreateOpenIdConnectProviderInRolesRaces {\n            createOpenIdConnectProvider(input: { url: \"https://idp.example.org/race\", clientIdList: [\"a\"] }) {\n              openIdConnectProviderArn\n            }\n          }\n        "): typeof import('./graphql').CreateOpenIdConnectProviderInRolesRacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query RolesInRolesRaces {\n            roles(first: 1) {\n              edges {\n                node {\n                  roleName\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').RolesInRolesRacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutInSessionCache {\n    logout {\n      ok\n    }\n  }\n"): typeof import('./graphql').LogoutInSessionCacheDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionIdsInSessionCache($u: String!) {\n    sessions(userName: $u) {\n      id\n    }\n  }\n"): typeof import('./graphql').SessionIdsInSessionCacheDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSessionInSessionCache($id: ID!) {\n    revokeSession(input: { sessionId: $id }) {\n      sessionId\n    }\n  }\n"): typeof import('./graphql').RevokeSessionInSessionCacheDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccessKeyInSessionCache($i: UpdateAccessKeyInput!) {\n    updateAccessKey(input: $i) {\n      accessKey {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateAccessKeyInSessionCacheDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MeInFoundation {\n          me {\n            arn\n            ... on User {\n              userName\n            }\n          }\n        }\n      "): typeof import('./graphql').MeInFoundationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LoginInFoundation2($p: String!) {\n          login(input: { userName: \"admin\", password: $p }) {\n            session {\n              token\n            }\n          }\n        }\n      "): typeof import('./graphql').LoginInFoundation2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation Logout {\n              logout {\n                ok\n              }\n            }\n          "): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulateCustomPolicyInSimulatePolicies($i: SimulateCustomPolicyInput!) {\n    simulateCustomPolicy(input: $i) {\n      evaluationResults {\n        evalActionName\n        evalResourceName\n        evalDecision\n        missingContextValues\n        allowedByPermissionsBoundary\n        explanation\n        matchedStatements {\n          sourcePolicyId\n          sourcePolicyType\n          statementIndex\n          sid\n          effect\n        }\n      }\n      isTruncated\n    }\n  }\n"): typeof import('./graphql').SimulateCustomPolicyInSimulatePoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PutGroupPolicy($i: PutGroupPolicyInput!) {\n          putGroupPolicy(input: $i) {\n            group {\n              groupName\n            }\n          }\n        }\n      "): typeof import('./graphql').PutGroupPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SimulatePrincipalPolicyInSimulatePolicies($i: SimulatePrincipalPolicyInput!) {\n          simulatePrincipalPolicy(input: $i) {\n            evaluationResults {\n              evalActionName\n              evalDecision\n              matchedStatements {\n                sourcePolicyId\n                sourcePolicyType\n                sid\n                effect\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').SimulatePrincipalPolicyInSimulatePoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query GroupEffectivePermissions($g: String!) {\n          group(groupName: $g) {\n            effectivePermissions {\n              statements {\n                sid\n                effect\n                source {\n                  policyType\n                  viaGroup\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').GroupEffectivePermissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ValidatePolicyInSimulatePolicies($d: String!) {\n        validatePolicy(policyDocument: $d) {\n          valid\n          findings {\n            findingType\n            issueCode\n            path\n          }\n        }\n      }\n    "): typeof import('./graphql').ValidatePolicyInSimulatePoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulateCustomPolicyWithResourcePolicy($i: SimulateCustomPolicyInput!) {\n    simulateCustomPolicy(input: $i) {\n      evaluationResults {\n        evalResourceName\n        evalDecision\n        explanation\n        matchedStatements {\n          sid\n          effect\n          policySource {\n            type\n            policyId\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SimulateCustomPolicyWithResourcePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulatePrincipalPolicyWithResourcePolicy($i: SimulatePrincipalPolicyInput!) {\n    simulatePrincipalPolicy(input: $i) {\n      evaluationResults {\n        evalDecision\n        explanation\n      }\n    }\n  }\n"): typeof import('./graphql').SimulatePrincipalPolicyWithResourcePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ValidateResourcePolicy($d: String!) {\n    validatePolicy(policyDocument: $d, policyType: RESOURCE_POLICY) {\n      valid\n      findings {\n        findingType\n        issueCode\n        path\n      }\n    }\n  }\n"): typeof import('./graphql').ValidateResourcePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulateCustomPolicyInSimulateBounds($i: SimulateCustomPolicyInput!) {\n    simulateCustomPolicy(input: $i) {\n      evaluationResults {\n        evalActionName\n        evalResourceName\n        evalDecision\n      }\n    }\n  }\n"): typeof import('./graphql').SimulateCustomPolicyInSimulateBoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulatePrincipalPolicyInSimulateBounds($i: SimulatePrincipalPolicyInput!) {\n    simulatePrincipalPolicy(input: $i) {\n      evaluationResults {\n        evalActionName\n        evalDecision\n      }\n    }\n  }\n"): typeof import('./graphql').SimulatePrincipalPolicyInSimulateBoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ValidatePolicy($d: String!) {\n        validatePolicy(policyDocument: $d, policyType: IDENTITY_POLICY) {\n          valid\n        }\n      }\n    "): typeof import('./graphql').ValidatePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulatePrincipalPolicyInSimulateAgreeApi($i: SimulatePrincipalPolicyInput!) {\n    simulatePrincipalPolicy(input: $i) {\n      evaluationResults {\n        evalActionName\n        evalResourceName\n        evalDecision\n        explanation\n        matchedStatements {\n          sid\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SimulatePrincipalPolicyInSimulateAgreeApiDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulateCustomPolicyInSimulateAgreeApi($i: SimulateCustomPolicyInput!) {\n    simulateCustomPolicy(input: $i) {\n      evaluationResults {\n        evalActionName\n        evalResourceName\n        evalDecision\n        explanation\n      }\n    }\n  }\n"): typeof import('./graphql').SimulateCustomPolicyInSimulateAgreeApiDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MeInSimulateAgreeApi {\n          me {\n            ... on User {\n              userName\n            }\n          }\n        }\n      "): typeof import('./graphql').MeInSimulateAgreeApiDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateRoleInStsAssumeRole($input: CreateRoleInput!) {\n          createRole(input: $input) {\n            role {\n              roleName\n              roleId\n              arn\n            }\n          }\n        }\n      "): typeof import('./graphql').CreateRoleInStsAssumeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MeInStsAssumeRole {\n          me {\n            arn\n            userId\n            ... on AssumedRoleSession {\n              assumedRoleId\n              roleArn\n              roleName\n              roleSessionName\n              expiration\n            }\n          }\n        }\n      "): typeof import('./graphql').MeInStsAssumeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuditEventsInStsAssumeRole($p: String) {\n          auditEvents(principalArn: $p, action: \"sts:AssumeRole\") {\n            edges {\n              node {\n                action\n                resourceArn\n                outcome\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').AuditEventsInStsAssumeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuditEventsInStsInputBounds($p: String) {\n          auditEvents(principalArn: $p, action: \"sts:AssumeRole\") {\n            edges {\n              node {\n                resourceArn\n                outcome\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').AuditEventsInStsInputBoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AssumeRoleWithWebIdentityInStsInputBounds($i: AssumeRoleWithWebIdentityInput!) {\n          assumeRoleWithWebIdentity(input: $i) {\n            assumedRoleUser {\n              arn\n            }\n          }\n        }\n      "): typeof import('./graphql').AssumeRoleWithWebIdentityInStsInputBoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateVirtualMfaDeviceInStsMfa($n: String!) {\n          createVirtualMfaDevice(input: { virtualMfaDeviceName: $n }) {\n            virtualMfaDevice {\n              serialNumber\n              base32StringSeed\n            }\n          }\n        }\n      "): typeof import('./graphql').CreateVirtualMfaDeviceInStsMfaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation EnableMfaDevice($i: EnableMfaDeviceInput!) {\n          enableMfaDevice(input: $i) {\n            mfaDevice {\n              serialNumber\n            }\n          }\n        }\n      "): typeof import('./graphql').EnableMfaDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LoginInStsMfa($u: String!, $p: String!) {\n          login(input: { userName: $u, password: $p }) {\n            status\n            mfaChallenge {\n              token\n            }\n          }\n        }\n      "): typeof import('./graphql').LoginInStsMfaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulatePrincipalPolicyInStsRoleChaining($i: SimulatePrincipalPolicyInput!) {\n    simulatePrincipalPolicy(input: $i) {\n      evaluationResults {\n        evalActionName\n        evalResourceName\n        evalDecision\n        explanation\n        matchedStatements {\n          sourcePolicyType\n          effect\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SimulatePrincipalPolicyInStsRoleChainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TagUserInTagRaces($n: String!, $t: [TagInput!]!) {\n          tagUser(input: { userName: $n, tags: $t }) {\n            user {\n              userName\n            }\n          }\n        }\n      "): typeof import('./graphql').TagUserInTagRacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UntagUserInTagRaces($n: String!, $k: [String!]!) {\n          untagUser(input: { userName: $n, tagKeys: $k }) {\n            user {\n              userName\n            }\n          }\n        }\n      "): typeof import('./graphql').UntagUserInTagRacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query UserInTagRaces($n: String!) {\n                user(userName: $n) {\n                  tags {\n                    key\n                    value\n                  }\n                }\n              }\n            "): typeof import('./graphql').UserInTagRacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TagRoleInTagRaces($n: String!, $t: [TagInput!]!) {\n          tagRole(input: { roleName: $n, tags: $t }) {\n            role {\n              roleName\n            }\n          }\n        }\n      "): typeof import('./graphql').TagRoleInTagRacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UntagRoleInTagRaces($n: String!, $k: [String!]!) {\n          untagRole(input: { roleName: $n, tagKeys: $k }) {\n            role {\n              roleName\n            }\n          }\n        }\n      "): typeof import('./graphql').UntagRoleInTagRacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query RoleInTagRaces($n: String!) {\n                role(roleName: $n) {\n                  tags {\n                    key\n                    value\n                  }\n                }\n              }\n            "): typeof import('./graphql').RoleInTagRacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateUserInTrustIdentities($i: UpdateUserInput!) {\n          updateUser(input: $i) {\n            user {\n              userName\n            }\n          }\n        }\n      "): typeof import('./graphql').UpdateUserInTrustIdentitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateUserInTrustIdentities($i: CreateUserInput!) {\n          createUser(input: $i) {\n            user {\n              userName\n            }\n          }\n        }\n      "): typeof import('./graphql').CreateUserInTrustIdentitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query UserInTrustIdentities($n: String!) {\n            user(userName: $n) {\n              userId\n            }\n          }\n        "): typeof import('./graphql').UserInTrustIdentitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateRoleInTrustIdentities($i: CreateRoleInput!) {\n          createRole(input: $i) {\n            role {\n              roleId\n              arn\n            }\n          }\n        }\n      "): typeof import('./graphql').CreateRoleInTrustIdentitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ValidatePolicyInTrustIdentities($d: String!) {\n              validatePolicy(policyDocument: $d, policyType: TRUST_POLICY) {\n                valid\n                findings {\n                  findingType\n                  issueCode\n                  path\n                }\n              }\n            }\n          "): typeof import('./graphql').ValidatePolicyInTrustIdentitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserInUserCache($n: String!) {\n    user(userName: $n) {\n      arn\n      path\n      tags {\n        key\n        value\n      }\n    }\n  }\n"): typeof import('./graphql').UserInUserCacheDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveUserInUserCache($n: String!, $p: String!) {\n    updateUser(input: { userName: $n, newPath: $p }) {\n      user {\n        path\n      }\n    }\n  }\n"): typeof import('./graphql').MoveUserInUserCacheDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordLastUsedInUserCache($n: String!) {\n    user(userName: $n) {\n      passwordLastUsed\n    }\n  }\n"): typeof import('./graphql').PasswordLastUsedInUserCacheDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EffectiveByArnInUserCache($a: String!) {\n    effectivePermissions(principalArn: $a) {\n      principalArn\n    }\n  }\n"): typeof import('./graphql').EffectiveByArnInUserCacheDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateUserInFoundation {\n          createUser(input: { userName: \"no spaces allowed\" }) {\n            user {\n              arn\n            }\n          }\n        }\n      "): typeof import('./graphql').CreateUserInFoundationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query UserInFoundation {\n          user(userName: \"nobody-here\") {\n            arn\n          }\n        }\n      "): typeof import('./graphql').UserInFoundationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query UsersInUsers($p: String, $a: String) {\n            users(first: 2, after: $a, pathPrefix: $p) {\n              edges {\n                node {\n                  userName\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        "): typeof import('./graphql').UsersInUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query UsersInUsers2 {\n              users(first: 0) {\n                edges {\n                  cursor\n                }\n              }\n            }\n          "): typeof import('./graphql').UsersInUsers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query UsersInUsers3 {\n              users(after: \"%%%\") {\n                edges {\n                  cursor\n                }\n              }\n            }\n          "): typeof import('./graphql').UsersInUsers3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateUserInUsers($u: String!, $n: String!) {\n          updateUser(input: { userName: $u, newUserName: $n, newPath: \"/ops/\" }) {\n            user {\n              arn\n              userId\n            }\n          }\n        }\n      "): typeof import('./graphql').UpdateUserInUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query UserInUsers($u: String!) {\n              user(userName: $u) {\n                arn\n              }\n            }\n          "): typeof import('./graphql').UserInUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TagUserInUsers($u: String!) {\n          tagUser(input: { userName: $u, tags: [{ key: \"team\", value: \"red\" }, { key: \"cost\", value: \"42\" }] }) {\n            user {\n              tags {\n                key\n                value\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').TagUserInUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UntagUserInUsers($u: String!) {\n          untagUser(input: { userName: $u, tagKeys: [\"TEAM\"] }) {\n            user {\n              tags {\n                key\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').UntagUserInUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation TagUserInUsers2($u: String!, $t: [TagInput!]!) {\n              tagUser(input: { userName: $u, tags: $t }) {\n                user {\n                  userName\n                }\n              }\n            }\n          "): typeof import('./graphql').TagUserInUsers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TagUserInUsers3($u: String!) {\n          tagUser(input: { userName: $u, tags: [{ key: \"aws:x\", value: \"v\" }] }) {\n            user {\n              userName\n            }\n          }\n        }\n      "): typeof import('./graphql').TagUserInUsers3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateLoginProfileInUsers($u: String!, $p: String!) {\n          createLoginProfile(input: { userName: $u, password: $p }) {\n            loginProfile {\n              userName\n              createDate\n            }\n          }\n        }\n      "): typeof import('./graphql').CreateLoginProfileInUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeleteLoginProfileInUsers($u: String!) {\n          deleteLoginProfile(input: { userName: $u }) {\n            userName\n          }\n        }\n      "): typeof import('./graphql').DeleteLoginProfileInUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateLoginProfileInUsers2($u: String!, $p: String!) {\n          createLoginProfile(input: { userName: $u, password: $p, passwordResetRequired: true }) {\n            loginProfile {\n              userName\n            }\n          }\n        }\n      "): typeof import('./graphql').CreateLoginProfileInUsers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query UsersInUsers4 {\n              users {\n                edges {\n                  cursor\n                }\n              }\n            }\n          "): typeof import('./graphql').UsersInUsers4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateUserInUsers($n: String!) {\n          createUser(input: { userName: $n, permissionsBoundary: \"arn:aws:iam::aws:policy/IAMReadOnlyAccess\" }) {\n            user {\n              permissionsBoundary {\n                permissionsBoundaryArn\n                permissionsBoundaryType\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').CreateUserInUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateUserInUsers2($n: String!) {\n          createUser(input: { userName: $n, permissionsBoundary: \"arn:aws:iam::000000000000:policy/NoSuchPolicy\" }) {\n            user {\n              arn\n            }\n          }\n        }\n      "): typeof import('./graphql').CreateUserInUsers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateInPasskeyTests($i: DeactivateMfaDeviceInput!) {\n    deactivateMfaDevice(input: $i) {\n      serialNumber\n    }\n  }\n"): typeof import('./graphql').DeactivateInPasskeyTestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateInWebAuthnTests($i: DeactivateMfaDeviceInput!) {\n    deactivateMfaDevice(input: $i) {\n      serialNumber\n    }\n  }\n"): typeof import('./graphql').DeactivateInWebAuthnTestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEventsInWebAuthnTests($a: String) {\n    auditEvents(first: 50, action: $a) {\n      edges {\n        node {\n          action\n          resourceArn\n          outcome\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditEventsInWebAuthnTestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RespondEitherInWebAuthnTests($t: String!, $c: String, $r: String) {\n        respondToMfaChallenge(input: { challengeToken: $t, code: $c, webAuthnResponseJson: $r }) {\n          status\n        }\n      }\n    "): typeof import('./graphql').RespondEitherInWebAuthnTestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CreateUserInFactories($input: CreateUserInput!) {\n        createUser(input: $input) {\n          user {\n            userName\n            userId\n            arn\n            path\n          }\n        }\n      }\n    "): typeof import('./graphql').CreateUserInFactoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CreateLoginProfileInFactories($input: CreateLoginProfileInput!) {\n        createLoginProfile(input: $input) {\n          loginProfile {\n            userName\n          }\n        }\n      }\n    "): typeof import('./graphql').CreateLoginProfileInFactoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssumeRoleForSession($input: AssumeRoleInput!) {\n    assumeRole(input: $input) {\n      credentials {\n        sessionToken\n        expiration\n      }\n      assumedRoleUser {\n        arn\n        assumedRoleId\n      }\n    }\n  }\n"): typeof import('./graphql').AssumeRoleForSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreateRoleInIamFixtures($i: CreateRoleInput!) {\n            createRole(input: $i) {\n              role {\n                roleName\n                roleId\n                arn\n              }\n            }\n          }\n        "): typeof import('./graphql').CreateRoleInIamFixturesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LoginInMfa($u: String!, $p: String!) {\n      login(input: { userName: $u, password: $p }) {\n        status\n        session {\n          token\n          expiresAt\n          mfaAuthenticated\n        }\n        mfaChallenge {\n          token\n          expiresAt\n        }\n      }\n    }\n  "): typeof import('./graphql').LoginInMfaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateVirtualMfaDeviceInMfa($n: String!) {\n      createVirtualMfaDevice(input: { virtualMfaDeviceName: $n }) {\n        virtualMfaDevice {\n          serialNumber\n          base32StringSeed\n          otpauthUri\n          qrCodeSvg\n        }\n      }\n    }\n  "): typeof import('./graphql').CreateVirtualMfaDeviceInMfaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EnableMfaDeviceInMfa($i: EnableMfaDeviceInput!) {\n      enableMfaDevice(input: $i) {\n        mfaDevice {\n          serialNumber\n          userName\n          enableDate\n        }\n        recoveryCodes\n      }\n    }\n  "): typeof import('./graphql').EnableMfaDeviceInMfaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPasswordPolicy {\n    accountPasswordPolicy {\n      minimumPasswordLength\n    }\n  }\n"): typeof import('./graphql').AccountPasswordPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddUserToGroup($i: AddUserToGroupInput!) {\n    addUserToGroup(input: $i) {\n      user {\n        userName\n      }\n    }\n  }\n"): typeof import('./graphql').AddUserToGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssumeRoleSessionArn($input: AssumeRoleInput!) {\n    assumeRole(input: $input) {\n      credentials {\n        sessionToken\n      }\n      assumedRoleUser {\n        arn\n      }\n    }\n  }\n"): typeof import('./graphql').AssumeRoleSessionArnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachGroupPolicy($i: AttachGroupPolicyInput!) {\n    attachGroupPolicy(input: $i) {\n      group {\n        groupName\n      }\n    }\n  }\n"): typeof import('./graphql').AttachGroupPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachRolePolicy($i: AttachRolePolicyInput!) {\n    attachRolePolicy(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n"): typeof import('./graphql').AttachRolePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachUserPolicy($u: String!) {\n    attachUserPolicy(input: { userName: $u, policyArn: \"arn:aws:iam::aws:policy/IAMReadOnlyAccess\" }) {\n      user {\n        userName\n      }\n    }\n  }\n"): typeof import('./graphql').AttachUserPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachUserPolicyByInput($i: AttachUserPolicyInput!) {\n    attachUserPolicy(input: $i) {\n      user {\n        userName\n      }\n    }\n  }\n"): typeof import('./graphql').AttachUserPolicyByInputDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($i: ChangePasswordInput!) {\n    changePassword(input: $i) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccessKey($u: String) {\n    createAccessKey(input: { userName: $u }) {\n      accessKey {\n        accessKeyId\n        secretAccessKey\n      }\n    }\n  }\n"): typeof import('./graphql').CreateAccessKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccessKeyId($u: String!) {\n    createAccessKey(input: { userName: $u }) {\n      accessKey {\n        accessKeyId\n      }\n    }\n  }\n"): typeof import('./graphql').CreateAccessKeyIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($i: CreateGroupInput!) {\n    createGroup(input: $i) {\n      group {\n        arn\n      }\n    }\n  }\n"): typeof import('./graphql').CreateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLoginProfile($i: CreateLoginProfileInput!) {\n    createLoginProfile(input: $i) {\n      loginProfile {\n        userName\n      }\n    }\n  }\n"): typeof import('./graphql').CreateLoginProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOidcProvider($input: CreateOpenIdConnectProviderInput!) {\n    createOpenIdConnectProvider(input: $input) {\n      openIdConnectProviderArn\n    }\n  }\n"): typeof import('./graphql').CreateOidcProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOidcProviderForClient($u: String!, $c: String!) {\n    createOpenIdConnectProvider(input: { url: $u, clientIdList: [$c] }) {\n      openIdConnectProviderArn\n    }\n  }\n"): typeof import('./graphql').CreateOidcProviderForClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePolicy($i: CreatePolicyInput!) {\n    createPolicy(input: $i) {\n      policy {\n        arn\n      }\n    }\n  }\n"): typeof import('./graphql').CreatePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePolicyVersion($i: CreatePolicyVersionInput!) {\n    createPolicyVersion(input: $i) {\n      policyVersion {\n        versionId\n      }\n    }\n  }\n"): typeof import('./graphql').CreatePolicyVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRole($i: CreateRoleInput!) {\n    createRole(input: $i) {\n      role {\n        arn\n      }\n    }\n  }\n"): typeof import('./graphql').CreateRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoleName($i: CreateRoleInput!) {\n    createRole(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n"): typeof import('./graphql').CreateRoleNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoleArn($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        arn\n      }\n    }\n  }\n"): typeof import('./graphql').CreateRoleArnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($n: String!) {\n    createUser(input: { userName: $n }) {\n      user {\n        arn\n      }\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUserArn($i: CreateUserInput!) {\n    createUser(input: $i) {\n      user {\n        arn\n      }\n    }\n  }\n"): typeof import('./graphql').CreateUserArnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGroup($g: String!) {\n    deleteGroup(input: { groupName: $g }) {\n      groupName\n    }\n  }\n"): typeof import('./graphql').DeleteGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLoginProfileByInput($i: DeleteLoginProfileInput!) {\n    deleteLoginProfile(input: $i) {\n      userName\n    }\n  }\n"): typeof import('./graphql').DeleteLoginProfileByInputDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOpenIdConnectProvider($a: String!) {\n    deleteOpenIdConnectProvider(input: { openIdConnectProviderArn: $a }) {\n      openIdConnectProviderArn\n    }\n  }\n"): typeof import('./graphql').DeleteOpenIdConnectProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePolicy($i: DeletePolicyInput!) {\n    deletePolicy(input: $i) {\n      policyArn\n    }\n  }\n"): typeof import('./graphql').DeletePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePolicyVersion($i: DeletePolicyVersionInput!) {\n    deletePolicyVersion(input: $i) {\n      policy {\n        arn\n      }\n    }\n  }\n"): typeof import('./graphql').DeletePolicyVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRole($n: String!) {\n    deleteRole(input: { roleName: $n }) {\n      roleName\n    }\n  }\n"): typeof import('./graphql').DeleteRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRoleByInput($i: DeleteRoleInput!) {\n    deleteRole(input: $i) {\n      roleName\n    }\n  }\n"): typeof import('./graphql').DeleteRoleByInputDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRolePolicy($i: DeleteRolePolicyInput!) {\n    deleteRolePolicy(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n"): typeof import('./graphql').DeleteRolePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUser($u: String!) {\n    deleteUser(input: { userName: $u }) {\n      userName\n    }\n  }\n"): typeof import('./graphql').DeleteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUserByInput($i: DeleteUserInput!) {\n    deleteUser(input: $i) {\n      userName\n    }\n  }\n"): typeof import('./graphql').DeleteUserByInputDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUserPolicy($i: DeleteUserPolicyInput!) {\n    deleteUserPolicy(input: $i) {\n      user {\n        userName\n      }\n    }\n  }\n"): typeof import('./graphql').DeleteUserPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteVirtualMfaDevice($s: String!) {\n    deleteVirtualMfaDevice(input: { serialNumber: $s }) {\n      serialNumber\n    }\n  }\n"): typeof import('./graphql').DeleteVirtualMfaDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetachRolePolicy($i: DetachRolePolicyInput!) {\n    detachRolePolicy(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n"): typeof import('./graphql').DetachRolePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetachUserPolicy($i: DetachUserPolicyInput!) {\n    detachUserPolicy(input: $i) {\n      user {\n        userName\n      }\n    }\n  }\n"): typeof import('./graphql').DetachUserPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EffectivePermissionsPrincipal($a: String!) {\n    effectivePermissions(principalArn: $a) {\n      principalArn\n    }\n  }\n"): typeof import('./graphql').EffectivePermissionsPrincipalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateRecoveryCodesFor($u: String) {\n    generateRecoveryCodes(input: { userName: $u }) {\n      recoveryCodes\n    }\n  }\n"): typeof import('./graphql').GenerateRecoveryCodesForDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GetSessionToken($i: GetSessionTokenInput!) {\n    getSessionToken(input: $i) {\n      credentials {\n        sessionToken\n      }\n    }\n  }\n"): typeof import('./graphql').GetSessionTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginSession($u: String!, $p: String!) {\n    login(input: { userName: $u, password: $p }) {\n      session {\n        token\n      }\n    }\n  }\n"): typeof import('./graphql').LoginSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginStatusAndSession($u: String!, $p: String!) {\n    login(input: { userName: $u, password: $p }) {\n      status\n      session {\n        token\n      }\n    }\n  }\n"): typeof import('./graphql').LoginStatusAndSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginStatus($u: String!, $p: String!) {\n    login(input: { userName: $u, password: $p }) {\n      status\n    }\n  }\n"): typeof import('./graphql').LoginStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginWithSessionDelivery($u: String!, $p: String!, $d: SessionDelivery) {\n    login(input: { userName: $u, password: $p, sessionDelivery: $d }) {\n      status\n      session {\n        token\n        expiresAt\n        mfaAuthenticated\n      }\n    }\n  }\n"): typeof import('./graphql').LoginWithSessionDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      arn\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Policies {\n    policies {\n      edges {\n        node {\n          arn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Policy($a: String!) {\n    policy(arn: $a) {\n      arn\n    }\n  }\n"): typeof import('./graphql').PolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PutRolePermissionsBoundary($i: PutRolePermissionsBoundaryInput!) {\n    putRolePermissionsBoundary(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n"): typeof import('./graphql').PutRolePermissionsBoundaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PutRolePolicy($i: PutRolePolicyInput!) {\n    putRolePolicy(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n"): typeof import('./graphql').PutRolePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PutUserPermissionsBoundary($i: PutUserPermissionsBoundaryInput!) {\n    putUserPermissionsBoundary(input: $i) {\n      user {\n        userName\n      }\n    }\n  }\n"): typeof import('./graphql').PutUserPermissionsBoundaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PutUserPolicy($i: PutUserPolicyInput!) {\n    putUserPolicy(input: $i) {\n      user {\n        userName\n      }\n    }\n  }\n"): typeof import('./graphql').PutUserPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToMfaChallenge($t: String!, $c: String!) {\n    respondToMfaChallenge(input: { challengeToken: $t, code: $c }) {\n      status\n      session {\n        token\n        mfaAuthenticated\n      }\n    }\n  }\n"): typeof import('./graphql').RespondToMfaChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRoleSessions($n: String!) {\n    revokeRoleSessions(input: { roleName: $n }) {\n      revokedCount\n    }\n  }\n"): typeof import('./graphql').RevokeRoleSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeUserSessions($n: String!) {\n    revokeUserSessions(input: { userName: $n }) {\n      revokedCount\n    }\n  }\n"): typeof import('./graphql').RevokeUserSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleTrustPolicy($n: String!) {\n    role(roleName: $n) {\n      assumeRolePolicyDocument\n    }\n  }\n"): typeof import('./graphql').RoleTrustPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleArn($n: String!) {\n    role(roleName: $n) {\n      arn\n    }\n  }\n"): typeof import('./graphql').RoleArnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDefaultPolicyVersion($i: SetDefaultPolicyVersionInput!) {\n    setDefaultPolicyVersion(input: $i) {\n      policy {\n        defaultVersionId\n      }\n    }\n  }\n"): typeof import('./graphql').SetDefaultPolicyVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDefaultPolicyVersionArn($i: SetDefaultPolicyVersionInput!) {\n    setDefaultPolicyVersion(input: $i) {\n      policy {\n        arn\n      }\n    }\n  }\n"): typeof import('./graphql').SetDefaultPolicyVersionArnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TagUser($i: TagUserInput!) {\n    tagUser(input: $i) {\n      user {\n        userName\n      }\n    }\n  }\n"): typeof import('./graphql').TagUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Typename {\n    __typename\n  }\n"): typeof import('./graphql').TypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrustPolicy($i: UpdateAssumeRolePolicyInput!) {\n    updateAssumeRolePolicy(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateTrustPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLoginProfile($i: UpdateLoginProfileInput!) {\n    updateLoginProfile(input: $i) {\n      loginProfile {\n        userName\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateLoginProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoleName($i: UpdateRoleInput!) {\n    updateRole(input: $i) {\n      role {\n        roleName\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateRoleNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserArn($n: String!) {\n    user(userName: $n) {\n      arn\n    }\n  }\n"): typeof import('./graphql').UserArnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserName($n: String!) {\n    user(userName: $n) {\n      userName\n    }\n  }\n"): typeof import('./graphql').UserNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserNameByName($n: String!) {\n    user(userName: $n) {\n      userName\n    }\n  }\n"): typeof import('./graphql').UserNameByNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstUserCursor {\n    users(first: 1) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): typeof import('./graphql').FirstUserCursorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstUserName {\n    users(first: 1) {\n      edges {\n        node {\n          userName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FirstUserNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserNames {\n    users {\n      edges {\n        node {\n          userName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UserNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AdminLogin($u: String!, $p: String!) {\n            login(input: { userName: $u, password: $p }) {\n              status\n              session {\n                token\n              }\n            }\n          }\n        "): typeof import('./graphql').AdminLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateWebAuthnRegistrationOptionsInTests($i: CreateWebAuthnRegistrationOptionsInput!) {\n      createWebAuthnRegistrationOptions(input: $i) {\n        optionsJson\n      }\n    }\n  "): typeof import('./graphql').CreateWebAuthnRegistrationOptionsInTestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CompleteWebAuthnRegistrationInTests($i: CompleteWebAuthnRegistrationInput!) {\n      completeWebAuthnRegistration(input: $i) {\n        mfaDevice {\n          serialNumber\n          type\n          enableDate\n          userName\n          passkeySignIn\n        }\n        recoveryCodes\n      }\n    }\n  "): typeof import('./graphql').CompleteWebAuthnRegistrationInTestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LoginInWebAuthnTests($u: String!, $p: String!) {\n      login(input: { userName: $u, password: $p }) {\n        status\n        session {\n          token\n          mfaAuthenticated\n        }\n        mfaChallenge {\n          token\n          methods\n          webAuthnOptionsJson\n        }\n      }\n    }\n  "): typeof import('./graphql').LoginInWebAuthnTestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RespondWithWebAuthnInTests($t: String!, $r: String!) {\n      respondToMfaChallenge(input: { challengeToken: $t, webAuthnResponseJson: $r }) {\n        status\n        session {\n          token\n          mfaAuthenticated\n        }\n      }\n    }\n  "): typeof import('./graphql').RespondWithWebAuthnInTestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreatePasskeySignInOptionsInTests {\n      createPasskeySignInOptions {\n        challengeToken\n        optionsJson\n      }\n    }\n  "): typeof import('./graphql').CreatePasskeySignInOptionsInTestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CompletePasskeySignInInTests($i: CompletePasskeySignInInput!) {\n      completePasskeySignIn(input: $i) {\n        status\n        session {\n          token\n          mfaAuthenticated\n        }\n        mfaChallenge {\n          token\n        }\n      }\n    }\n  "): typeof import('./graphql').CompletePasskeySignInInTestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MfaDevicesInWebAuthnTests($n: String!) {\n      user(userName: $n) {\n        mfaDevices {\n          serialNumber\n          type\n          passkeySignIn\n        }\n      }\n    }\n  "): typeof import('./graphql').MfaDevicesInWebAuthnTestsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
