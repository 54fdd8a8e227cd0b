import type { TestProject } from 'vitest/node';
// @ts-expect-error: a plain ES module script, without types
import { buildDist } from '../../scripts/build.mjs';

/**
 * Global setup of the e2e and slow projects: builds desk (scripts/build.mjs) before their tests
 * start, so a test running the built CLI never runs a stale one. Once per vitest run, however
 * many projects ask.
 */
export default async function setup(project: TestProject): Promise<void> {
  const run = globalThis as { deskBuild?: Promise<string> };
  run.deskBuild ??= (buildDist as () => Promise<string>)();
  project.provide('deskBuild', await run.deskBuild);
}
