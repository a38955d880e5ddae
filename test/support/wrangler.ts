// Runs the project's own wrangler CLI as a child process, offline (no metrics, no colour), for
// the tests that check what wrangler itself makes or accepts.
// The runner itself is scripts/local-worker.mjs's, which also bundles the tests' Workers.
import { runWrangler } from '../../scripts/local-worker.mjs'

export { runWrangler }

/** Runs `wrangler …args` and resolves with what it printed; rejects with that output if it fails. */
export async function wrangler(...args: string[]): Promise<string> {
  const { code, output } = await runWrangler(args)
  if (code !== 0) throw new Error(`wrangler ${args.join(' ')} exited with ${code}:\n${output}`)
  return output
}
