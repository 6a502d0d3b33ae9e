import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseScenario, type Scenario } from '../../../src/engine/simulator';
import { policy } from '../../../src/engine/loaded-policy';

const dir = 'src/content/scenarios';

/** Every written case in src/content/scenarios/ (their validity is test/content/scenarios.test.ts's to hold). */
export const authoredScenarios: Scenario[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .flatMap((file) => {
    const parsed = parseScenario(policy, parse(readFileSync(join(dir, file), 'utf8')));
    return parsed.ok ? [parsed.scenario] : [];
  });
