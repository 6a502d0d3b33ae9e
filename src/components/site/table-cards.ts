/**
 * On a phone a table's rows read as cards (global.css, `.cards-on-phone`): each cell shows the
 * name of its column before its value, so no column is squeezed until its words break. The
 * names come from the table's header row, copied into each cell's `data-label`; tables drawn
 * later by an island are labelled when they appear.
 */

/** Each column's name, by column index, spreading a header that spans columns. */
export function columnNames(headerRow: HTMLTableRowElement): string[] {
  const names: string[] = [];
  for (const cell of Array.from(headerRow.cells)) {
    const name = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
    for (let i = 0; i < cell.colSpan; i++) names.push(name);
  }
  return names;
}

/** Labels the body cells of one table; a table without a header row is left as it is. */
export function labelTable(table: HTMLTableElement): void {
  const headerRow = table.tHead?.rows[0];
  if (!headerRow) return;
  const names = columnNames(headerRow);
  for (const body of Array.from(table.tBodies))
    for (const row of Array.from(body.rows)) {
      let column = 0;
      for (const cell of Array.from(row.cells)) {
        const name = names[column];
        if (name && cell.dataset.label !== name) cell.dataset.label = name;
        column += cell.colSpan;
      }
    }
  table.classList.add('cards-on-phone');
}

export function labelTables(root: ParentNode = document): void {
  root.querySelectorAll('table').forEach(labelTable);
}

/** Labels the page's tables now and whenever its content changes (once per frame at most). */
export function watchTables(): void {
  labelTables();
  let pending = false;
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      labelTables();
    });
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}
