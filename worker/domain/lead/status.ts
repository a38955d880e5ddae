/**
 * @module
 * Where admissions stands with a lead (issue 16): new until someone calls back, then contacted,
 * and finally admitted or not admitted. The D1 CHECK constraint (migration 0005) holds the same list.
 */
export const LEAD_STATUSES = ['new', 'contacted', 'admitted', 'not_admitted'] as const
export type LeadStatus = (typeof LEAD_STATUSES)[number]
