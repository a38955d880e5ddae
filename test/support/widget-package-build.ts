// Builds the widget's npm package (widget/dist/, scripts/widget-package.mjs) once per run for the
// tests that read it (test/tools/widget-package.test.ts and test/browser/widget-react.test.ts);
// each of them used to rebuild it, and in parallel lanes two builds would empty dist/ under each
// other. custom-elements.json and widget/README.md are not rewritten here: widget-package.test.ts
// checks the committed ones against the analyzer.
//
// The build (about 10 s, mostly the declarations) runs beside the tests, not before them: the
// root config's global setup starts it and returns, and a reader waits for it with
// `widgetPackageBuilt()` in its beforeAll. The outcome is a status file the parent writes when the
// child exits, removed before the child starts, so a reader never takes a previous run's dist/.
// globalThis holds the one build, for `teardown` and any other module instance of this file.
import { spawn } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const READERS = /test\/(tools\/widget-package|browser\/widget-react)\.test\.ts$/
const KEY = Symbol.for('iop.widgetPackageBuild')
/** Written by the parent when the build's process exits: `{ ok, output }`. */
const STATUS = `${ROOT}test-results/widget-package-build.json`

export function buildWidgetPackageOnce(project: TestProject): Promise<void> {
  const memo = globalThis as { [KEY]?: Promise<void> }
  if (memo[KEY]) return memo[KEY]
  // The files this run will run (collected before any global setup).
  if (!project.vitest.state.getPaths().some((f) => READERS.test(f))) return Promise.resolve()
  rmSync(STATUS, { force: true })
  mkdirSync(`${ROOT}test-results`, { recursive: true })
  // In a child process: the type build is synchronous and would stall this process's event loop.
  memo[KEY] = new Promise<void>((resolve) => {
    const child = spawn(
      process.execPath,
      ['--input-type=module', '-e', "await (await import('./scripts/widget-package.mjs')).buildWidgetPackage()"],
      { cwd: ROOT, stdio: 'pipe' },
    )
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    let ended = false
    const done = (ok: boolean) => {
      if (ended) return
      ended = true
      writeFileSync(STATUS, JSON.stringify({ ok, output }))
      resolve()
    }
    child.on('error', (e) => {
      output += String(e)
      done(false)
    })
    child.on('exit', (code) => done(code === 0))
  })
  return memo[KEY]
}

/** Resolves once widget/dist/ is built for this run; rejects with the build's output if it failed. */
export async function widgetPackageBuilt(timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const status = await readFile(STATUS, 'utf8').catch(() => '')
    if (status) {
      const { ok, output } = JSON.parse(status) as { ok: boolean; output: string }
      if (ok) return
      throw new Error(`the widget package build failed:\n${output}`)
    }
    if (Date.now() > until) throw new Error('the widget package build did not finish')
    await new Promise((r) => setTimeout(r, 100))
  }
}

export function setup(project: TestProject): void {
  void buildWidgetPackageOnce(project)
}

/** The build's process is never left behind the run. */
export async function teardown(): Promise<void> {
  await (globalThis as { [KEY]?: Promise<void> })[KEY]
}
