/** A policy version as the API shows it (PolicyVersion): the document and whether it is the default. */
export interface PolicyVersionView {
  versionId: string;
  document: string;
  isDefaultVersion: boolean;
  createDate: Date;
}
