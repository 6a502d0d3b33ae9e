/**
 * A page opened from a module: the module page's links to its readings and practice cases
 * carry `?module=<id>`, so the handbook page shows the module's reading list and the case
 * leads back to the module. It names the module only; what counts is decided by the module.
 */
export const fromModule = (href: string, moduleId: string): string => `${href}${href.includes('?') ? '&' : '?'}module=${encodeURIComponent(moduleId)}`;
