/**
 * `npm run bench`: the core benchmark (core.ts), or with `--scale N` the scale benchmark
 * (scale.ts). Each reads its own flags from the command line.
 */
const scale = process.argv.slice(2).some((arg) => arg === "--scale" || arg.startsWith("--scale="));
await import(scale ? "./scale.js" : "./core.js");
