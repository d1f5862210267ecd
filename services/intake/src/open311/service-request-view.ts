import type { Language } from '@sunshine/platform';
import { renderProgress } from '../progress/progress';
import type { ProgressStep } from '../registration/petition.schema';
import { w3 } from './open311-format';
import type { Open311RequestRecord } from './open311-request.repository';

/** One service request as GET requests shows it (GeoReport v2 field names). */
export interface Open311ServiceRequest {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string | null;
  service_code: string;
  description: string | null;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string | null;
  address_id: string | null;
  zipcode: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
}

/**
 * `closed` ("it has been resolved") once the matter has an answer: replied, closed, concluded,
 * not accepted (with its reason), withdrawn, or linked to an earlier case (the spec's own
 * example: closed, "Duplicate request."). A reopened case or a review is open again; a review's
 * answer (review-decided) closes it as a reply does.
 */
const CLOSED_STATUSES: ReadonlySet<string> = new Set(['replied', 'review-decided', 'closed', 'concluded', 'not-accepted', 'not-accepted-again', 'withdrawn', 'linked']);

export function open311Status(progressStatus: string): 'open' | 'closed' {
  return CLOSED_STATUSES.has(progressStatus) ? 'closed' : 'open';
}

/**
 * The public view of a request from its Open311 record and the petition's progress steps.
 * Notes carry the status and the outcome, never the reply text or anything a unit wrote about
 * people (the reply goes to the petitioner through the progress query).
 */
export function serviceRequestView(
  record: Open311RequestRecord,
  caseNumber: string,
  steps: readonly ProgressStep[],
  serviceName: string | null,
  language: Language,
  timeZone: string,
): Open311ServiceRequest {
  const view = renderProgress(caseNumber, steps, language, timeZone);
  const times = steps.map((s) => new Date(s.at).getTime());
  const updated = new Date(Math.max(record.requestedAt.getTime(), ...times));
  // The latest handle-by date a unit committed to (accepted, extended, reopened).
  const handleBy = [...steps]
    .sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime())
    .map((s) => s.params?.handleBy)
    .filter((d): d is string => typeof d === 'string')
    .pop();
  const notes = view.reply ? (language === 'zh-CN' ? `${view.statusLabel}（${view.reply.outcomeLabel}）` : `${view.statusLabel} (${view.reply.outcomeLabel})`) : view.statusLabel;
  return {
    service_request_id: caseNumber,
    status: open311Status(view.status),
    status_notes: notes,
    service_name: serviceName,
    service_code: record.serviceCode,
    description: record.description || null,
    agency_responsible: view.unitName ?? null,
    service_notice: null,
    requested_datetime: w3(record.requestedAt),
    updated_datetime: w3(updated),
    expected_datetime: handleBy ? w3(new Date(handleBy)) : null,
    address: record.address ?? null,
    address_id: record.addressId ?? null,
    zipcode: null,
    lat: record.lat ?? null,
    long: record.long ?? null,
    media_url: record.mediaUrl ?? null,
  };
}
