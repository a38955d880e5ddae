/**
 * @module
 * For responses typed by a TS type rather than a zod schema: `sameType<T>()(schema)` compiles
 * only when the schema's output and `T` are assignable to each other, so a documented response
 * cannot drift from what the route returns (a field added, removed or retyped on either side).
 */
import type * as z from 'zod'

// Mutual assignability rather than identity, so `A & B` equals the same fields written out.
type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

export const sameType =
  <T>() =>
  <S extends z.ZodType>(schema: Equal<z.output<S>, T> extends true ? S : never): S =>
    schema
