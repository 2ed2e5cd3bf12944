/**
 * 版头 by layout: document → red mark (issuer.mark or name + 文件), number, signers;
 * letter → the issuer's name as mark; minutes → a ××××纪要 mark and the session line;
 * plain → nothing (records and speeches have no header; rowPlan puts their title on row 1).
 */
import type { CaseData, LayoutName } from '../../case/types.ts';
import type { DocumentHeader } from '../../model/types.ts';
import { docNumber } from '../../template/helpers/docNumber.ts';

export function buildHeader(layout: LayoutName, data: CaseData, kindHeader: Partial<DocumentHeader>): DocumentHeader {
  if (layout === 'plain') return {};
  const header: DocumentHeader = {};
  if (data.copyNumber) header.copyNumber = data.copyNumber;
  if (data.secrecy) header.secrecy = data.secrecy;
  if (data.urgency) header.urgency = data.urgency;
  if (layout === 'document') header.issuerMark = data.issuer.mark ?? `${data.issuer.name}文件`;
  if (layout === 'letter') header.issuerMark = data.issuer.name;
  if (layout === 'minutes') header.issuerMark = data.issuer.mark ?? `${data.issuer.name}纪要`;
  if (data.docNumber) header.docNumber = docNumber(data.docNumber);
  if (layout === 'document' && data.signers && data.signers.length > 0) header.signers = [...data.signers];
  if (layout === 'minutes') Object.assign(header, kindHeader);
  else if (kindHeader.session) header.session = kindHeader.session;
  return header;
}
