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
    family: 'aetna',
    payerIds: ['60054'],
    source: 'https://www.aetna.com/about-us.html',
    verified: '2026-11-23',
  },
  {
    id: 'cigna',
    name: 'Cigna Healthcare',
    kind: 'commercial',
    states: [],
    aliases: ['cigna'],
    family: 'cigna',
    payerIds: ['62308'],
    source: 'https://www.cigna.com/about-us/',
    verified: '2026-11-23',
  },
  {
    id: 'unitedhealthcare',
    name: 'UnitedHealthcare',
    kind: 'commercial',
    states: [],
    aliases: ['uhc', 'united healthcare', 'united health care'],
    family: 'unitedhealthcare',
    payerIds: ['87726'],
    source: 'https://www.uhc.com/about-us',
    verified: '2026-11-23',
  },
]
