#!/usr/bin/env node
// Workspace bin, linked as node_modules/.bin/onewindow so `npx onewindow` works from the repository.
import "../../../scripts/onewindow.mjs";
