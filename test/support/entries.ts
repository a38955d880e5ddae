// Hand-built 271 entries for the answer's unit tests: an active Aetna subscriber whose IOP
// figures are exactly what a test gives (everything else unknown), as the reader's types state them.
import type { EligibilityEntry, IopFigures } from '../../worker/domain/x12/types'

/** One network side: only the figures given, every other one unknown. */
export const figures = (over: Partial<IopFigures> = {}): IopFigures => ({
  deductible: { total: null, remaining: null },
  outOfPocketMax: { total: null, remaining: null },
  coinsurance: null,
  copay: null,
  priorAuthorization: 'unknown',
  ...over,
})

/** An active Aetna subscriber with these fields and figures. */
export const entry = (
  over: Partial<EligibilityEntry> = {},
  inNetwork: Partial<IopFigures> = {},
  outOfNetwork: Partial<IopFigures> = {},
): EligibilityEntry => ({
  level: 'subscriber',
  status: 'active',
  payer: { name: 'AETNA', id: '60054' },
  planName: 'CHOICE POS II',
  rejections: [],
  carveOut: null,
  memberIdPresent: true,
  benefits: [],
  iop: { inNetwork: figures(inNetwork), outOfNetwork: figures(outOfNetwork) },
  ...over,
})
