#!/usr/bin/env node
// The `counterpart` command (package.json "bin"): checks Node, builds once if needed, runs the CLI.
import module from 'node:module';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { checkNode, ensureBuilt, root } from './ensure-built.mjs';

// V8's compiled code for the app's modules, kept on disk (Node's cache in the OS temp folder)
// between runs: a start then reads its ~1.7 MB of bundled code without compiling it again
// (compiling was a fifth of `serve`'s CPU before its first answer). Never fatal; a property
// read, not a named import, so an old Node still reaches checkNode's message.
module.enableCompileCache?.();
checkNode();
ensureBuilt();
await import(pathToFileURL(join(root, 'out', 'main', 'cli.js')).href);
