// Builds the widget's npm package (widget/dist/, scripts/widget-package.mjs) once per run, before
// any test, for the tests that read it (test/unit/widget-package.test.ts and
// test/browser/widget-react.test.ts); each of them used to rebuild it, and in parallel lanes two
// builds would empty dist/ under each other. custom-elements.json and widget/README.md are not
// rewritten here: widget-package.test.ts checks the committed ones against the analyzer.
//
// The root config's global setup (always run) awaits it; the integration project's global setup
// starts it too, so the build overlaps the Workers' start-up. globalThis holds the one build:
// each project loads its global setup files as separate module instances.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'

const READERS = /test\/(unit\/widget-package|browser\/widget-react)\.test\.ts$/
const KEY = Symbol.for('iop.widgetPackageBuild')

export function buildWidgetPackageOnce(project: TestProject): Promise<void> {
  const memo = globalThis as { [KEY]?: Promise<void> }
  if (memo[KEY]) return memo[KEY]
  // The files this run will run (collected before any global setup).
  if (!project.vitest.state.getPaths().some((f) => READERS.test(f))) return Promise.resolve()
  // In a child process: the type build is synchronous and would stall this process's event loop.
  memo[KEY] = new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--input-type=module', '-e', "await (await import('./scripts/widget-package.mjs')).buildWidgetPackage()"],
      { cwd: fileURLToPath(new URL('../..', import.meta.url)), stdio: 'pipe' },
    )
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the widget package build failed (${code}):\n${output}`))))
  })
  return memo[KEY]
}

export async function setup(project: TestProject): Promise<void> {
  await buildWidgetPackageOnce(project)
}
