/**
 * The `counterpart` command: `serve` (headless shell), `knowledge import|export`, `backup`,
 * `restore`, `doctor`, `eval` and `bench`.
 */
import type * as Util from 'node:util';

const USAGE = `Usage: counterpart <command> [options]

Commands:
  serve   Run the headless shell: the console in your browser on 127.0.0.1
          --port N       port (default 4319; 0 picks a free one)
          --host H       loopback address to bind (default 127.0.0.1)
          --data-dir D   data folder (default: COUNTERPART_DATA_DIR or the app-data folder)
  knowledge import DIR | export DIR
          Import a knowledge folder (all or nothing; --yes to apply after the preview)
          or export the current knowledge as one
  backup [DIR] [--data-dir D]
          Copy the database (safe while the app runs) into DIR
          (default: the data folder's backups/, keeping the newest 7)
  restore FILE [--data-dir D]
          Replace the database with a backup (the app must not be running;
          the replaced database is kept in backups/)
  doctor [--data-dir D] [--offline] [--log FILE]
          Print diagnostics to paste into a support request (versions, data
          folder, database health, WhatsApp link, model; never keys or texts)
  eval    Run a test suite against the assistant
          --knowledge DIR --suite FILE [--json]
  bench   Measure start-up, drafting and retrieval
          --json         print one JSON object instead of a table
          --runs N       repetitions per measurement
          --section S    only these sections (comma-separated): foundation, retrieval,
                         embeddings, prompt, scale, startup, burst, ui

Environment: COUNTERPART_DATA_DIR, COUNTERPART_LOG_LEVEL.`;

/**
 * `node:util` as its CommonJS object: Node has it loaded already, and an ES import would build
 * its facade (a few ms of CPU) even for `--help`, which parses nothing.
 */
function util(): typeof Util {
  return process.getBuiltinModule('node:util');
}

/** Entry point; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve': {
      const { values } = util().parseArgs({
        args: rest,
        options: { port: { type: 'string' }, host: { type: 'string' }, 'data-dir': { type: 'string' } },
      });
      const port = values.port === undefined ? 4319 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        console.error(`Invalid --port ${values.port}`);
        return 2;
      }
      // Each command loads only its own code: `--help` and `knowledge` never load the server or the bench.
      const { runServe } = await import('./serve');
      return runServe({ port, host: values.host, dataDir: values['data-dir'] });
    }
    case 'knowledge': {
      // Loaded on demand so each command only pays for its own imports.
      const { runKnowledge } = await import('./knowledge-command');
      return runKnowledge(rest);
    }
    case 'backup': {
      const { runBackup } = await import('./backup-command');
      return runBackup(rest);
    }
    case 'restore': {
      const { runRestore } = await import('./backup-command');
      return runRestore(rest);
    }
    case 'doctor': {
      const { runDoctor } = await import('./doctor-command');
      return runDoctor(rest);
    }
    case 'eval': {
      const { runEval } = await import('./eval-command');
      return runEval(rest);
    }
    case 'bench': {
      const { values } = util().parseArgs({ args: rest, options: { json: { type: 'boolean' }, runs: { type: 'string' }, section: { type: 'string' } } });
      const { parseSections, runBench } = await import('./bench');
      return runBench({ json: values.json ?? false, runs: values.runs ? Number(values.runs) : undefined, sections: parseSections(values.section) });
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0 || process.argv[2] !== 'serve') process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
