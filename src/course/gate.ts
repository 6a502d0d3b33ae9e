/**
 * A module's gate: how much of its reading, practice and check a trainee must have done before
 * the next module opens. Pure and import-light, so a handbook page that shows a module's
 * reading list can load it without the policy.
 */

/** A module gate (`gate:` in course.yaml): how many readings and practice cases (a count, or all), and a passed check. */
export interface ModuleGate {
  readings: 'all' | number;
  practice: 'all' | number;
  check: 'pass';
}

/** What a module without its own `gate` asks: every reading, two practice cases, a passed check. */
export const DEFAULT_GATE: ModuleGate = { readings: 'all', practice: 2, check: 'pass' };

/** What a module's gate asks, and how far the trainee is: `met` opens the next module. */
export interface GateStatus {
  readingsNeeded: number;
  practiceNeeded: number;
  checkPassed: boolean;
  met: boolean;
}

/** What a gate reads of a module (the schema's `CourseModule` has it; declared here so the schema can import the gate's defaults without a cycle). */
export interface GatedModule {
  reading: readonly string[];
  practice: readonly string[];
  gate?: Partial<ModuleGate>;
}

/** How many of `total` a gate's `all` or count asks for; a count is never more than there are. */
const needed = (asked: ModuleGate['readings'], total: number): number => (asked === 'all' ? total : Math.min(asked, total));

/** A module's gate against what the trainee has done in it. */
export function gateStatus(module: GatedModule, read: number, practised: number, checkPassed: boolean): GateStatus {
  const gate = { ...DEFAULT_GATE, ...module.gate };
  const readingsNeeded = needed(gate.readings, module.reading.length);
  const practiceNeeded = needed(gate.practice, module.practice.length);
  return { readingsNeeded, practiceNeeded, checkPassed, met: read >= readingsNeeded && practised >= practiceNeeded && checkPassed };
}
