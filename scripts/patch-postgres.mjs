// postgres.js 3.4.9 (the newest) writes to a connection whose socket has closed when a query is
// sent on it after the server went away (the ROLLBACK of a transaction in flight, say): the write
// throws in a timer as an uncaught TypeError ("Cannot read properties of null (reading 'write')")
// and the query never settles, so the request hangs and its pool connection stays reserved for
// good. Run after every install (`postinstall`): the write fails the query with CONNECTION_CLOSED
// instead, as the library does for a query in flight when a connection closes. Idempotent; each
// patched file is written anew (npm may hard-link node_modules files to its cache).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MARK = 'performance-pack: a write after close';
const BEFORE = `  function nextWrite(fn) {
    const x = socket.write(chunk, fn)`;
const AFTER = `  function nextWrite(fn) {
    if (!socket) { // ${MARK} fails its queries instead of throwing in a timer
      nextWriteTimer !== null && clearImmediate(nextWriteTimer)
      chunk = nextWriteTimer = null
      error(Errors.connection('CONNECTION_CLOSED', options))
      return false
    }
    const x = socket.write(chunk, fn)`;

const pkg = path.join(root, 'node_modules', 'postgres');
if (!fs.existsSync(pkg)) process.exit(0);
const { version } = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8'));
for (const flavour of ['src', 'cjs/src', 'cf/src']) {
  const file = path.join(pkg, flavour, 'connection.js');
  if (!fs.existsSync(file)) continue;
  const text = fs.readFileSync(file, 'utf8');
  if (text.includes(MARK)) continue;
  if (!text.includes(BEFORE)) {
    console.warn(`postgres ${version}: ${path.relative(root, file)} has changed; not patched (check whether the write-after-close fix is still needed).`);
    continue;
  }
  const temporary = `${file}.${process.pid}`;
  fs.writeFileSync(temporary, text.replace(BEFORE, AFTER));
  fs.renameSync(temporary, file);
  console.log(`postgres ${version}: ${path.relative(root, file)} patched (a write after the connection closed fails the query).`);
}
