// `npm start -- [--port N] [--data-dir DIR] [--no-demo] [--test-clock]`: build what is stale, then serve.
import { ensureBuilt } from "./build.mjs";

ensureBuilt();
const { run } = await import("../packages/server/dist/cli.js");
run(["serve", ...process.argv.slice(2)]);
