/**
 * @module
 * X12 005010X279A1 code tables the 271 reader decodes with. Values come from
 * `/work/shared/reference/domain.md` §1 (Stedi's EDI reference for elements 1390 and 901, and the
 * public parsers that agree with it); a code missing here is still read, its meaning is `null`.
 * Kept as plain records so the tables can be unit-tested against the reference line by line.
 */

/** EB01, eligibility or benefit information (element 1390). */
export const EB01: Readonly<Record<string, string>> = {
  '1': 'Active Coverage',
  '2': 'Active - Full Risk Capitation',
  '3': 'Active - Services Capitated',
  '4': 'Active - Services Capitated to Primary Care Physician',
  '5': 'Active - Pending Investigation',
  '6': 'Inactive',
  '7': 'Inactive - Pending Eligibility Update',
  '8': 'Inactive - Pending Investigation',
  A: 'Co-Insurance',
  B: 'Co-Payment',
  C: 'Deductible',
  CB: 'Coverage Basis',
  D: 'Benefit Description',
  E: 'Exclusions',
  F: 'Limitations',
  G: 'Out of Pocket (Stop Loss)',
  H: 'Unlimited',
  I: 'Non-Covered',
  J: 'Cost Containment',
  K: 'Reserve',
  L: 'Primary Care Provider',
  M: 'Pre-existing Condition',
  MC: 'Managed Care Coordinator',
  N: 'Services Restricted to Following Provider',
  O: 'Not Deemed a Medical Necessity',
  P: 'Benefit Disclaimer',
  Q: 'Second Surgical Opinion Required',
  R: 'Other or Additional Payor',
  S: 'Prior Year(s) History',
  T: 'Card(s) Reported Lost/Stolen',
  U: 'Contact Following Entity for Eligibility or Benefit Information',
  V: 'Cannot Process',
  W: 'Other Source of Data',
  X: 'Health Care Facility',
  Y: 'Spend Down',
}

/** EB02, coverage level (TR3 subset). */
export const EB02: Readonly<Record<string, string>> = {
  CHD: 'Children Only',
  DEP: 'Dependents Only',
  ECH: 'Employee and Children',
  EMP: 'Employee Only',
  ESP: 'Employee and Spouse',
  FAM: 'Family',
  IND: 'Individual',
  SPC: 'Spouse and Children',
  SPO: 'Spouse Only',
}

/** EB06, time period qualifier. `29` (Remaining) marks what is left of a deductible or OOP max. */
export const EB06: Readonly<Record<string, string>> = {
  '6': 'Hour',
  '7': 'Day',
  '13': '24 Hours',
  '21': 'Years',
  '22': 'Service Year',
  '23': 'Calendar Year',
  '24': 'Year to Date',
  '25': 'Contract',
  '26': 'Episode',
  '27': 'Visit',
  '28': 'Outlier',
  '29': 'Remaining',
  '30': 'Exceeded',
  '31': 'Not Exceeded',
  '32': 'Lifetime',
  '33': 'Lifetime Remaining',
  '34': 'Month',
  '35': 'Week',
  '36': 'Admission',
}

/** EB09, quantity qualifier (visit and day limits). */
export const EB09: Readonly<Record<string, string>> = {
  '8H': 'Minimum',
  '99': 'Quantity Used',
  CA: 'Covered - Actual',
  CE: 'Covered - Estimated',
  D3: 'Number of Co-insurance Days',
  DB: 'Deductible Blood Units',
  DY: 'Days',
  HS: 'Hours',
  LA: 'Life-time Reserve - Actual',
  LE: 'Life-time Reserve - Estimated',
  M2: 'Maximum',
  MN: 'Month',
  P6: 'Number of Services or Procedures',
  QA: 'Quantity Approved',
  S7: 'Age, High Value',
  S8: 'Age, Low Value',
  VS: 'Visits',
  YY: 'Years',
}

/** EB11, authorization or certification indicator. */
export const EB11: Readonly<Record<string, string>> = {
  Y: 'Required',
  N: 'Not Required',
  U: 'Unknown',
}

/** EB12, in-plan-network indicator. W: the same in and out of network, or no network applies. */
export const EB12: Readonly<Record<string, string>> = {
  Y: 'In Plan-Network',
  N: 'Out of Plan-Network',
  U: 'Unknown',
  W: 'Not Applicable',
}

/**
 * Service type codes (EB03, EQ01): the general plan code, every behavioral-health code of the
 * reference, and the common medical ones a 271 for a `30` inquiry carries.
 */
export const SERVICE_TYPES: Readonly<Record<string, string>> = {
  '1': 'Medical Care',
  '22': 'Social Work',
  '30': 'Health Benefit Plan Coverage',
  '33': 'Chiropractic',
  '35': 'Dental Care',
  '47': 'Hospital',
  '48': 'Hospital - Inpatient',
  '50': 'Hospital - Outpatient',
  '86': 'Emergency Services',
  '88': 'Pharmacy',
  '98': 'Professional (Physician) Visit - Office',
  A4: 'Psychiatric',
  A5: 'Psychiatric - Room and Board',
  A6: 'Psychotherapy',
  A7: 'Psychiatric - Inpatient',
  A8: 'Psychiatric - Outpatient',
  AI: 'Substance Abuse',
  AJ: 'Alcoholism',
  AK: 'Drug Addiction',
  AL: 'Vision (Optometry)',
  BB: 'Psychiatric Treatment Partial Hospitalization',
  BC: 'Day Care (Psychiatric)',
  CE: 'Mental Health Provider - Inpatient',
  CF: 'Mental Health Provider - Outpatient',
  CG: 'Mental Health Facility - Inpatient',
  CH: 'Mental Health Facility - Outpatient',
  CI: 'Substance Abuse Facility - Inpatient',
  CJ: 'Substance Abuse Facility - Outpatient',
  E2: 'Psychiatric Emergency',
  E37: 'Telemedicine',
  F8: 'Mental Health Coverage',
  MH: 'Mental Health',
  RT: 'Residential Psychiatric Treatment',
  UC: 'Urgent Care',
}

/** The behavioral-health service types: a 2120 loop under one of these naming another entity is a carve-out. */
export const BEHAVIORAL_HEALTH_STCS: ReadonlySet<string> = new Set([
  'MH', 'AI', 'AJ', 'AK', 'A4', 'A5', 'A6', 'A7', 'A8', 'BB', 'BC', 'CE', 'CF', 'CG', 'CH', 'CI',
  'CJ', 'RT', 'E2', 'F8', '22',
])

/** AAA03, reject reason (element 901). */
export const AAA03: Readonly<Record<string, string>> = {
  '15': 'Required application data missing',
  '33': 'Input Errors',
  '35': 'Out of Network',
  '41': 'Authorization/Access Restrictions',
  '42': 'Unable to Respond at Current Time',
  '43': 'Invalid/Missing Provider Identification',
  '44': 'Invalid/Missing Provider Name',
  '45': 'Invalid/Missing Provider Specialty',
  '47': 'Invalid/Missing Provider State',
  '48': 'Invalid/Missing Referring Provider Identification Number',
  '50': 'Provider Ineligible for Inquiries',
  '51': 'Provider Not on File',
  '52': 'Service Dates Not Within Provider Plan Enrollment',
  '53': 'Inquired Benefit Inconsistent with Provider Type',
  '56': 'Inappropriate Date',
  '57': 'Invalid/Missing Date(s) of Service',
  '58': 'Invalid/Missing Date-of-Birth',
  '60': 'DOB Follows DOS',
  '61': 'Date of Death Precedes DOS',
  '62': 'DOS Not Within Allowable Inquiry Period',
  '63': 'DOS in Future',
  '64': 'Invalid/Missing Patient ID',
  '65': 'Invalid/Missing Patient Name',
  '66': 'Invalid/Missing Patient Gender Code',
  '67': 'Patient Not Found',
  '68': 'Duplicate Patient ID Number',
  '71': 'Patient Birth Date Does Not Match That for the Patient on the Database',
  '72': 'Invalid/Missing Subscriber/Insured ID',
  '73': 'Invalid/Missing Subscriber/Insured Name',
  '74': 'Invalid/Missing Subscriber/Insured Gender Code',
  '75': 'Subscriber/Insured Not Found',
  '76': 'Duplicate Subscriber/Insured ID Number',
  '77': 'Subscriber Found, Patient Not Found',
  '78': 'Subscriber/Insured Not in Group/Plan Identified',
  '79': 'Invalid Participant Identification',
  '80': 'No Response received - Transaction Terminated',
  '97': 'Invalid or Missing Provider Address',
  T4: 'Payer Name or Identifier Missing',
}

/** AAA04, follow-up action. `P` is unverified in the reference; kept, it is harmless to decode. */
export const AAA04: Readonly<Record<string, string>> = {
  C: 'Please Correct and Resubmit',
  N: 'Resubmission Not Allowed',
  P: 'Please Resubmit Original Transaction',
  R: 'Resubmission Allowed',
  S: 'Do Not Resubmit; Inquiry Initiated to a Third Party',
  W: 'Please Wait 30 Days and Resubmit',
  X: 'Please Wait 10 Days and Resubmit',
  Y: 'Do Not Resubmit; We Will Hold Your Request and Respond Again Shortly',
}

/** NM101 entity identifier codes seen in 271 loops 2100 and 2120. */
export const ENTITY_CODES: Readonly<Record<string, string>> = {
  '03': 'Dependent',
  '13': 'Contracted Service Provider',
  '1I': 'Preferred Provider Organization (PPO)',
  '1P': 'Provider',
  '2B': 'Third-Party Administrator',
  '36': 'Employer',
  '73': 'Other Physician',
  '80': 'Hospital',
  FA: 'Facility',
  GP: 'Gateway Provider',
  GW: 'Group',
  IL: 'Insured or Subscriber',
  LR: 'Legal Representative',
  P3: 'Primary Care Provider',
  P4: 'Prior Insurance Carrier',
  P5: 'Plan Sponsor',
  PR: 'Payer',
  PRP: 'Primary Payer',
  SEP: 'Secondary Payer',
  TTP: 'Tertiary Payer',
  VN: 'Vendor',
  VY: 'Organization Completing Configuration Change',
  X3: 'Utilization Management Organization',
  Y2: 'Managed Care Organization',
}

/** Decodes `code` in `table`: `null` for an empty element, meaning `null` for an unknown code. */
export function decode(
  table: Readonly<Record<string, string>>,
  code: string | undefined,
): { code: string; meaning: string | null } | null {
  if (!code) return null
  return { code, meaning: meaningOf(table, code) }
}

/**
 * 2120 entity codes that are care providers (or the insured), not an administrator a benefit is
 * carved out to, another payer, or whom to ask for authorization.
 */
export const PROVIDER_ENTITIES: ReadonlySet<string> = new Set(['1P', 'P3', 'FA', '80', '73', '13', 'GP', 'IL', '03'])

/**
 * A code's meaning, or null. Codes come from payer text, so only the table's own keys count:
 * `constructor`, `toString` or `__proto__` in an element are unknown codes, not Object's members.
 */
export const meaningOf = (table: Readonly<Record<string, string>>, code: string): string | null =>
  Object.hasOwn(table, code) ? table[code]! : null
