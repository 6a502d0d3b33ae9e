import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Words written in both languages in place, `{ en: '…', 'zh-cn': '…' }`, however the literal is
 * laid out (one line or several, quotes or templates, a table of words per language): outside
 * the engine they belong in the catalogs (src/i18n/en.ts, zh-cn.ts). A pair whose texts hold
 * no words of their own (`{ en: title.en, 'zh-cn': title['zh-cn'] }`, `${a}: ${b}`) only
 * carries words from elsewhere and is not counted. .astro files are read for their script and
 * expressions, as TSX.
 */

export interface InlineWords {
  /** Relative to the folder searched, with forward slashes. */
  file: string;
  line: number;
}

const sourceFile = /\.(ts|tsx|astro)$/;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return sourceFile.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const propertyName = (property: ts.ObjectLiteralElementLike): string | undefined => {
  if (!ts.isPropertyAssignment(property)) return undefined;
  const { name } = property;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
};

/** A letter of any script: what makes a text words rather than punctuation around values. */
const word = /\p{L}/u;

/** Whether a value is written words: a string, a template with words of its own, or an object of them (a table per language). */
function holdsWords(node: ts.Expression): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return word.test(node.text);
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].some((text) => word.test(text));
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return holdsWords(node.expression);
  if (ts.isObjectLiteralExpression(node)) return node.properties.some((p) => ts.isPropertyAssignment(p) && holdsWords(p.initializer));
  return false;
}

/** An .astro file as TSX: its frontmatter, then its markup (expressions included). */
const astroAsTsx = (text: string): string => text.replace(/^---\r?\n([\s\S]*?)\r?\n---/, (_, script: string) => `\n${script}\n;<>`) + (/^---/.test(text) ? '</>' : '');

/** Every `{ en, 'zh-cn' }` literal with words in it, in the files under `dir`. */
export function inlineWordsIn(dir: string): InlineWords[] {
  return filesUnder(dir).flatMap((file) => {
    const raw = fs.readFileSync(file, 'utf8');
    const text = file.endsWith('.astro') ? astroAsTsx(raw) : raw;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.TSX);
    const found: InlineWords[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const byName = new Map(node.properties.map((p) => [propertyName(p), p]));
        const pair = ['en', 'zh-cn'].map((name) => byName.get(name));
        if (pair.every((p) => p && ts.isPropertyAssignment(p)) && pair.some((p) => holdsWords((p as ts.PropertyAssignment).initializer)))
          found.push({ file: path.relative(dir, file).split(path.sep).join('/'), line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  });
}
