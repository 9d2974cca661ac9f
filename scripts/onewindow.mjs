#!/usr/bin/env node
// The `onewindow` command (npx onewindow …, npm run cli -- …).
import { ensureBuilt } from "./build.mjs";

const args = process.argv.slice(2);
// Only `serve` needs the web apps; other commands start faster without checking them.
ensureBuilt({ web: args.length === 0 || args[0] === "serve" });
const { run } = await import("../packages/server/dist/cli.js");
run(args);
