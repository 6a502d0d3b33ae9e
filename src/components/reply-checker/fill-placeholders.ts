/** The bracketed blanks of a reply template that the checker fills from small fields. */
export const templateBlanks = ['buyer name', 'order ID', 'tracking number'] as const;
export type TemplateBlank = (typeof templateBlanks)[number];

/** Fills `[buyer name]`, `[order ID]`, `[tracking number]` where a value is given; other blanks stay for the agent. */
export function fillBlanks(body: string, values: Partial<Record<TemplateBlank, string>>): string {
  let out = body;
  for (const blank of templateBlanks) {
    const value = values[blank]?.trim();
    if (value) out = out.split(`[${blank}]`).join(value);
  }
  return out;
}
