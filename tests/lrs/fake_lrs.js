// A loopback LRS for Primer's sync tests. It keeps the xAPI statement-resource rules
// (Communication 2.1): every statement is checked with the pinned xapi-validation (400 with
// the reason when invalid); a batch is stored whole or refused whole; an id it already holds
// with the same content is a no-op (no duplicate), with different content a 409 Conflict;
// wrong or missing credentials get 401; a missing X-Experience-API-Version header gets 400.
// Modes make it fail the way real servers do: an HTTP error (with Retry-After) for the first
// N posts, vanishing while a batch's body arrives, or storing a batch and then dropping the
// connection before answering.
//
// Usage: node fake_lrs.js --ready FILE --store FILE [--user U --password P] [--port N]
//          [--fail STATUS --fail-count N [--retry-after SECONDS]]
//          [--disappear-on-post K]     the K-th POST: read part of the body, cut the socket, exit
//          [--drop-after-store-on-post K]  the K-th POST: store the batch, cut the socket, exit
//          [--conflict-on-resend]      answer 409 to a resend of a held statement (the spec allows it)
//          [--tls-cert FILE --tls-key FILE]  serve https
// Once listening it writes its port to --ready. --store is JSON it reads at start and rewrites
// after every change: {statements: {id: statement}, deliveries: {id: n}, posts: n, gets: n}, where
// deliveries counts the successful POSTs that carried each id (a resend counts again),
// posts every POST it received and gets every GET of a statement.
"use strict";
const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");
const validate = require(path.join(__dirname, "../xapi/node_modules/xapi-validation")).default;

const options = { user: "primer-key", password: "", port: "0", "fail-count": "0" };
const flags = new Set();
for (let i = 2; i < process.argv.length; i++) {
  const name = process.argv[i].replace(/^--/, "");
  if (name === "conflict-on-resend") flags.add(name);
  else options[name] = process.argv[++i];
}

const state = fs.existsSync(options.store)
  ? JSON.parse(fs.readFileSync(options.store, "utf8"))
  : { statements: {}, deliveries: {}, posts: 0, gets: 0 };
const save = () => fs.writeFileSync(options.store, JSON.stringify(state, null, 1));
let failuresLeft = Number(options["fail-count"]);

const expectedAuth = "Basic " + Buffer.from(`${options.user}:${options.password}`).toString("base64");

function send(res, status, body, headers = {}) {
  const text = body === undefined ? "" : JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", ...headers });
  res.end(text);
}

// Deep equality of two parsed statements, as the LRS compares a resend with what it holds.
function same(a, b) {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys(value[k])]));
  return value;
}

function postStatements(req, res, body) {
  let parsed;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    return send(res, 400, { message: "the body is not JSON" });
  }
  const statements = Array.isArray(parsed) ? parsed : [parsed];
  const seen = new Set();
  for (const [index, statement] of statements.entries()) {
    const warnings = validate(statement);
    if (warnings.length > 0) {
      const w = warnings[0];
      return send(res, 400, {
        message: `statement ${index} (${statement.id}): ${w.path.join(".")} is not a valid ${w.typeName || w.name}`,
      });
    }
    if (!statement.id) return send(res, 400, { message: `statement ${index} has no id` });
    if (seen.has(statement.id)) return send(res, 400, { message: `id ${statement.id} appears twice in the batch` });
    seen.add(statement.id);
    const held = state.statements[statement.id];
    if (held && (!same(held, statement) || flags.has("conflict-on-resend")))
      return send(res, 409, { message: `a statement with id ${statement.id} already exists` });
  }
  for (const statement of statements) {
    if (!state.statements[statement.id]) state.statements[statement.id] = statement;
    state.deliveries[statement.id] = (state.deliveries[statement.id] || 0) + 1;
  }
  save();
  return statements.map((s) => s.id);
}

function getStatement(res, id) {
  state.gets += 1;
  save();
  const held = state.statements[id];
  if (!held) return send(res, 404, { message: `no statement ${id}` });
  send(res, 200, { ...held, stored: "2026-01-01T00:00:00.000Z", version: "1.0.0",
                   authority: { objectType: "Agent", account: { homePage: "https://lrs.invalid", name: options.user } } });
}

function handle(req, res) {
  const url = new URL(req.url, "http://fake");
  if (url.pathname === "/xapi/about") return send(res, 200, { version: ["1.0.3", "2.0.0"] });
  if (url.pathname !== "/xapi/statements") return send(res, 404, { message: `no resource at ${url.pathname}` });
  if (req.method === "POST") {
    state.posts += 1;  // every POST, refused ones too
    save();
  }
  if (req.headers.authorization !== expectedAuth)
    return send(res, 401, { message: "unknown credentials" }, { "WWW-Authenticate": 'Basic realm="fake"' });
  if (!/^(1\.0\.\d+|2\.0\.\d+)$/.test(req.headers["x-experience-api-version"] || ""))
    return send(res, 400, { message: "X-Experience-API-Version is missing or unknown" });
  if (req.method === "GET") return getStatement(res, url.searchParams.get("statementId"));
  if (req.method !== "POST") return send(res, 405, { message: "method not allowed" });

  const post = state.posts;
  if (Number(options["disappear-on-post"]) === post) {
    // Read the first part of the batch, then vanish as a crashed server would.
    req.once("data", () => {
      req.socket.destroy();
      process.exit(0);
    });
    return;
  }
  const chunks = [];
  req.on("data", (chunk) => chunks.push(chunk));
  req.on("end", () => {
    if (failuresLeft > 0) {
      failuresLeft -= 1;
      const headers = options["retry-after"] ? { "Retry-After": options["retry-after"] } : {};
      return send(res, Number(options.fail), { message: "the fake LRS is failing on purpose" }, headers);
    }
    const ids = postStatements(req, res, Buffer.concat(chunks).toString("utf8"));
    if (!ids) return;
    if (Number(options["drop-after-store-on-post"]) === post) {
      req.socket.destroy();  // stored, but the answer is lost
      process.exit(0);
    }
    send(res, 200, ids);
  });
}

const server = options["tls-cert"]
  ? https.createServer({ cert: fs.readFileSync(options["tls-cert"]), key: fs.readFileSync(options["tls-key"]) }, handle)
  : http.createServer(handle);
server.listen(Number(options.port), "127.0.0.1", () => {
  if (!fs.existsSync(options.store)) save();
  fs.writeFileSync(options.ready + ".tmp", String(server.address().port));
  fs.renameSync(options.ready + ".tmp", options.ready);
});
