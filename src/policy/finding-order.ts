/**
 * Which finding a document reports first: AWS stops at the first error it meets, in a fixed order
 * of checks, so ours are ranked the same way (policy-validator.ts collects them all).
 */
import { LEGACY_MESSAGE, VERSION_MESSAGE } from './element-checks';
import { SYNTAX_MESSAGE } from './policy-parser';
import type { Finding } from './types';

/**
 * The order in which AWS checks a document (moto's validate(): syntax, version, legacy parsing,
 * Sid uniqueness, actions present, resource formats, action vendors, resources present), so that
 * the first ERROR is the one AWS would report. Other findings keep their order after the errors.
 */
function rank(f: Finding): number {
  if (f.code === 'DOCUMENT_TOO_LONG' || f.code === 'INVALID_CHARACTER') return 0;
  if (f.code === 'POLICY_SIZE_EXCEEDED') return 1;
  if (f.message === SYNTAX_MESSAGE) return 10;
  if (f.message === VERSION_MESSAGE) return 20;
  if (f.message === LEGACY_MESSAGE) return 30;
  switch (f.code) {
    case 'DUPLICATE_SID':
      return 40;
    case 'INVALID_SID':
      return 41;
    case 'MISSING_ACTION':
    case 'EMPTY_ACTION':
      return 50;
    case 'INVALID_ARN':
    case 'INVALID_PARTITION':
    case 'INVALID_RESOURCE_VENDOR':
    case 'RESOURCE_REGION_NOT_ALLOWED':
    case 'INVALID_IAM_RESOURCE_PATH':
      return 60;
    case 'ACTION_MISSING_VENDOR':
    case 'ACTION_MULTIPLE_COLONS':
    case 'INVALID_VENDOR':
      return 70;
    case 'MISSING_RESOURCE':
    case 'EMPTY_RESOURCE':
      return 80;
    default:
      return 90;
  }
}

/** ERRORs first, in the order AWS would report them; the other findings after, as they came. */
export function inAwsOrder(findings: Finding[]): Finding[] {
  const errors = findings.map((f, i) => ({ f, i, r: rank(f) })).filter((x) => x.f.severity === 'ERROR');
  errors.sort((a, b) => a.r - b.r || a.i - b.i);
  return [...errors.map((x) => x.f), ...findings.filter((f) => f.severity !== 'ERROR')];
}
