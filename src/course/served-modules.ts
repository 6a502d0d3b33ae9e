import { serves } from '../engine/policy/served';
import type { Marketplace } from '../engine/policy/team-schema';
import type { CourseModule } from './schema';

/**
 * The course a team takes: a module about one marketplace (course.yaml `platform`) only when
 * the team serves it (team.yaml `marketplaces`). A module left out is neither shown nor asked
 * for the certificate, and its check is no module's check.
 */
export const servedModules = <M extends Pick<CourseModule, 'platform'>>(modules: readonly M[], served: readonly Marketplace[]): M[] =>
  modules.filter((m) => m.platform === undefined || serves(served, m.platform));
