import type { ModuleState } from '../../course/status';

/** A symbol beside each state's word, so the state never rests on colour alone. */
const stateSymbols: Record<ModuleState, string> = { locked: '■', open: '○', started: '◐', passed: '✓' };

export function StateBadge({ state, label }: { state: ModuleState; label: string }) {
  return (
    <span class={`state-badge state-${state}`} data-state={state}>
      <span aria-hidden="true">{stateSymbols[state]}</span> {label}
    </span>
  );
}
