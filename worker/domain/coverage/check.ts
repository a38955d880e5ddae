/**
 * @module
 * The v0.1 entry point of a coverage check, kept for the benchmark and older callers: it is
 * `composeAnswer` (the one answer) in English. New code calls `composeAnswer` directly.
 */
import { composeAnswer, type AnswerInput, type AnswerOptions } from '../answer/compose'
import type { Answer } from '../answer/types'

export type CoverageCheckInput = Omit<AnswerInput, 'locale' | 'eligibility'>
export type CoverageCheckOptions = AnswerOptions

/** @deprecated since v0.2: call `composeAnswer`. */
export const checkCoverage = (input: CoverageCheckInput, options: CoverageCheckOptions): Answer =>
  composeAnswer({ ...input, locale: 'en' }, options)
