#!/usr/bin/env node
/**
 * `npm run build:cli`: compiles the command line (src/engine/cli.ts and all it imports) into one ES module, dist-cli/casebook.mjs, so `casebook` starts without compiling
 * TypeScript. bin/casebook.mjs calls `buildCli` itself when the compiled file is missing or
 * older than one of its inputs, which are listed in dist-cli/inputs.json.
 *
 * Data files the engine imports are bundled too: JSON by esbuild itself, YAML (.yaml/.yml)
 * parsed here at build time with the `yaml` package. A data file read at run time instead,
 * by a path from `import.meta.url`, is still found where it lies in src/ (`sourceUrl`).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
export const outFile = 'dist-cli/casebook.mjs';
export const inputsFile = 'dist-cli/inputs.json';
const entryName = 'casebook-cli-entry.ts';

/** `import rules from './x.yaml'` gives the parsed document, as JSON imports do. */
export const yamlData = {
  name: 'yaml-data',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.ya?ml$/ }, async ({ path }) => {
      const { parse } = await import('yaml');
      try {
        return { contents: `export default ${JSON.stringify(parse(readFileSync(path, 'utf8')))};`, loader: 'js', watchFiles: [path] };
      } catch (error) {
        return { errors: [{ text: `${path}: ${error instanceof Error ? error.message : String(error)}` }] };
      }
    });
  },
};

/**
 * A source module that reads a file beside it at run time (`new URL('./rules.yaml', import.meta.url)`)
 * keeps finding it: inside the bundle, `import.meta.url` of a module under src/ still names that
 * module's own file.
 */
export const sourceUrl = {
  name: 'source-import-meta-url',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, ({ path }) => {
      const contents = readFileSync(path, 'utf8');
      if (!contents.includes('import.meta.url')) return undefined;
      const fromBundle = relative(dirname(`${root}${outFile}`), path)
        .split(sep)
        .join('/');
      return { contents: contents.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), loader: path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

/** Writes `text` to `file` by renaming a temporary file, so a CLI started meanwhile never reads half a file. */
function writeWhole(file, text) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

export async function buildCli() {
  const result = await build({
    absWorkingDir: root,
    stdin: {
      contents:
        "import { runCli, nodeIo } from './src/engine/cli.ts';\nimport { policy } from './src/engine/loaded-policy.ts';\nimport { sayBoth } from './src/i18n/say-both.ts';\n" +
        'process.exitCode = runCli(policy, process.argv.slice(2), { ...nodeIo, say: sayBoth });\n',
      resolveDir: root,
      sourcefile: entryName,
      loader: 'ts',
    },
    bundle: true,
    // Installed packages (zod, yaml) load from node_modules as they are; bundling CommonJS ones into ESM breaks their require calls.
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    plugins: [yamlData, sourceUrl],
    metafile: true,
    write: false,
    outfile: outFile,
    logLevel: 'warning',
  });
  mkdirSync(`${root}dist-cli`, { recursive: true });
  const [bundle] = result.outputFiles;
  const inputs = [...Object.keys(result.metafile.inputs).filter((input) => input !== entryName), 'scripts/build-cli.mjs'];
  writeWhole(`${root}${outFile}`, bundle.text);
  writeWhole(`${root}${inputsFile}`, `${JSON.stringify(inputs, null, 1)}\n`);
  return { file: outFile, inputs: inputs.length, bytes: bundle.contents.byteLength };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { file, inputs, bytes } = await buildCli();
  console.log(`${file}: ${(bytes / 1024).toFixed(0)} KB from ${inputs} files`);
}
