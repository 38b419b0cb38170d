#!/usr/bin/env node
// The `counterpart` command (package.json "bin"): checks Node, builds once if needed, runs the CLI.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { checkNode, ensureBuilt, root } from './ensure-built.mjs';

checkNode();
ensureBuilt();
await import(pathToFileURL(join(root, 'out', 'main', 'cli.js')).href);
