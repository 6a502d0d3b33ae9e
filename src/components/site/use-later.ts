import { useEffect, useState } from 'preact/hooks';

/**
 * A module loaded once the view that needs it is on screen, so its code is not part of the
 * page's first load; null until it arrives.
 */
export function useLater<M>(load: () => Promise<M>): M | null {
  const [module, setModule] = useState<M | null>(null);
  useEffect(() => {
    void load().then((loaded) => setModule(() => loaded));
  }, []);
  return module;
}
