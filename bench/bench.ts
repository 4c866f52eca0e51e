/**
 * `npm run bench`: the core benchmark (core.ts), with `--scale N` the scale benchmark
 * (scale.ts), with `--long N` the long-article ingest (ingest-long.ts), with `--add K` K articles added to a large index (ingest-add.ts). Each reads its own flags from the command line.
 */
const given = (flag: string) => process.argv.slice(2).some((arg) => arg === flag || arg.startsWith(`${flag}=`));
await import(given("--scale") ? "./scale.js" : given("--long") ? "./ingest-long.js" : given("--add") ? "./ingest-add.js" : "./core.js");
