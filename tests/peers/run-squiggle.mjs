// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a Squiggle program with a number of samples and prints the wall time and result as
// JSON. Usage: node run-squiggle.mjs model.squiggle DRAWS (see run-squiggle-peer.sh).
import { run } from "@quri/squiggle-lang";
import { readFileSync } from "node:fs";
const code = readFileSync(process.argv[2], "utf8");
const draws = Number(process.argv[3]);
const t0 = performance.now();
const out = await run(code, { environment: { sampleCount: draws, xyPointLength: 1000, seed: "1" } });
const ms = performance.now() - t0;
if (!out.result.ok) { console.error(out.result.value.toString()); process.exit(1); }
console.log(JSON.stringify({ ms, result: out.result.value.result.toString() }));
