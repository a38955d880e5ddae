/**
 * @module
 * The payer directory bundled into the Worker. See `worker/data/README.md` for the record
 * shape and how each record's `source` and `verified` date are kept.
 */
import type { PayerRecord } from '../../domain/payer/types'

export const PAYERS: readonly PayerRecord[] = [
  {
    id: 'aetna',
    name: 'Aetna',
    kind: 'commercial',
    states: [],
    aliases: ['aetna health', 'aetna cvs health'],
    source: 'https://www.aetna.com/about-us.html',
    verified: '2026-11-23',
  },
  {
    id: 'cigna',
    name: 'Cigna Healthcare',
    kind: 'commercial',
    states: [],
    aliases: ['cigna'],
    source: 'https://www.cigna.com/about-us/',
    verified: '2026-11-23',
  },
  {
    id: 'unitedhealthcare',
    name: 'UnitedHealthcare',
    kind: 'commercial',
    states: [],
    aliases: ['uhc', 'united healthcare', 'united health care'],
    source: 'https://www.uhc.com/about-us',
    verified: '2026-11-23',
  },
]
