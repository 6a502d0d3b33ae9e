/**
 * A quiz page's address: the quiz settings (see the engine's `settingsFromParams`), plus
 * `module=<id>` when the quiz is a course module's check. The module is the page's business,
 * not the quiz's, so it is taken off before the settings are read.
 */
export function splitQuizSearch(search: string): { params: URLSearchParams; module: string | null } {
  const params = new URLSearchParams(search);
  const module = params.get('module');
  params.delete('module');
  return { params, module };
}
