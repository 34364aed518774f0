import { graphql } from '../generated';

/** The signed-in caller's own decisions (needs no permission): which controls will work. */
export const CALLER_PERMISSIONS = graphql(`
  query ConsoleCallerPermissions($r: [CallerPermissionRequest!]!) {
    callerPermissions(requests: $r) {
      action
      resource
      decision
      message
      allowedWithMfa
    }
  }
`);
