/** @module What a command reads: a file, or standard input for `-`, and JSON fields read loosely. */
import { readFile } from 'node:fs/promises'

/** The text of `path`, or of standard input when `path` is `-`. */
export async function readInput(path: string): Promise<string> {
  if (path !== '-') return readFile(path, 'utf8')
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export type Obj = Record<string, unknown>

/** A JSON value as an object, or an empty one: API fields are read defensively. */
export const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {})
