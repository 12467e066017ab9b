// Validates every statement in a Primer xAPI export with Learning Locker's xapi-validation
// (conformance tested), and checks what the validator cannot: ids unique within the file,
// an opaque account actor (never an e-mail), UTC timestamps with milliseconds, no
// 2.0-only properties, and no reflection answers.
// Usage: node validate.js FILE (JSON Lines, or one JSON array)
"use strict";
const fs = require("fs");
const validate = require("xapi-validation").default;

const text = fs.readFileSync(process.argv[2], "utf8");
const statements = text.trimStart().startsWith("[")
  ? JSON.parse(text)
  : text.split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line));

const problems = [];
const ids = new Set();
statements.forEach((statement, index) => {
  const where = `statement ${index + 1} (${statement.verb && statement.verb.id})`;
  for (const warning of validate(statement))
    problems.push(`${where}: ${warning.path.join(".")}: ${warning.message} (${warning.typeName || warning.name})`);
  if (ids.has(statement.id)) problems.push(`${where}: id ${statement.id} is used twice`);
  ids.add(statement.id);
  if (!statement.actor.account || statement.actor.mbox || statement.actor.name)
    problems.push(`${where}: the actor must be an opaque account only`);
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(statement.timestamp))
    problems.push(`${where}: timestamp ${statement.timestamp} is not UTC with milliseconds`);
  if (statement.context && (statement.context.contextAgents || statement.context.contextGroups))
    problems.push(`${where}: uses xAPI 2.0-only context properties`);
  const definition = statement.object.definition || {};
  if (definition.interactionType === "long-fill-in") problems.push(`${where}: a reflection left the machine`);
});
for (const problem of problems) console.log(problem);
console.log(`${statements.length} statements, ${problems.length} problems`);
process.exit(problems.length === 0 && statements.length > 0 ? 0 : 1);
