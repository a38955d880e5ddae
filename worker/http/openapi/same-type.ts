/**
 * @module
 * For responses typed by a TS type rather than a zod schema: `sameType<T>()(schema)` compiles
 * only when the schema's output is exactly `T`, so a documented response cannot drift from what
 * the route returns.
 */
import type * as z from 'zod'

type Equal<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false

export const sameType =
  <T>() =>
  <S extends z.ZodType>(schema: Equal<z.output<S>, T> extends true ? S : never): S =>
    schema
