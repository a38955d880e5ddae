// Runs the project's own wrangler CLI as a child process, offline (no metrics, no colour), for
// the tests that check what wrangler itself makes or accepts.
import { spawn } from 'node:child_process'

export type WranglerRun = { code: number | null; output: string }

/** Runs `wrangler …args`; resolves with its exit code and everything it printed (stdout, stderr). */
export function runWrangler(args: string[]): Promise<WranglerRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/wrangler/bin/wrangler.js', ...args], {
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
      stdio: 'pipe',
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, output }))
  })
}

/** Runs `wrangler …args` and resolves with what it printed; rejects with that output if it fails. */
export async function wrangler(...args: string[]): Promise<string> {
  const { code, output } = await runWrangler(args)
  if (code !== 0) throw new Error(`wrangler ${args.join(' ')} exited with ${code}:\n${output}`)
  return output
}
