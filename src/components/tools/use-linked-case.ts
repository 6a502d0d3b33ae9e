import { useEffect, useState } from 'preact/hooks';
import type { CaseFacts } from '../../engine/case-fields';
import type { CaseForm } from '../facts-form/case-form';
import { caseFromLocation, linkTo, type LinkedCase } from './link-state';

/**
 * The form of a tool whose case can arrive in a shared link: it starts as `starting`, then, once
 * the page runs, as the link says. `linked` is undefined until the address has been read, and
 * `problem` says why a link could not be opened.
 */
export function useLinkedCase(starting: CaseForm) {
  const [form, setForm] = useState<CaseForm>(starting);
  const [linked, setLinked] = useState<LinkedCase | undefined>(undefined);
  useEffect(() => {
    const found = caseFromLocation(location.search);
    if (found && 'form' in found) setForm(found.form);
    setLinked(found);
  }, []);
  const problem = linked && 'problem' in linked ? linked : null;
  return { form, setForm, linked, problem };
}

/** A link to these facts, kept in the address bar too, so a reload or a copied address gives the same case. */
export function useShareUrl(facts: CaseFacts | null): string {
  // Facts exist only once the page runs, so `location` is never read while rendering on the server.
  const url = facts ? linkTo(facts, location.href) : '';
  useEffect(() => {
    if (url) history.replaceState(null, '', url);
  }, [url]);
  return url;
}
