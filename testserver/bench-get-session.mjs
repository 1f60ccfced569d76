// Better Auth's official TypeScript client making the same authenticated get-session call as
// benches/get_session.rs, for a side-by-side comparison. It lives here so that
// `better-auth/client` resolves from the test server's packages:
//
//   node testserver/bench-get-session.mjs <base url> <session token> <calls> <concurrency>
//
// Prints one JSON line: calls, concurrency, wall seconds, client CPU microseconds per call.

import { createAuthClient } from "better-auth/client";

const [baseURL, token, callsArg, concurrencyArg] = process.argv.slice(2);
const calls = Number(callsArg);
const concurrency = Number(concurrencyArg);

const client = createAuthClient({
  baseURL,
  fetchOptions: { headers: { Authorization: `Bearer ${token}` } },
});

async function one() {
  const { data, error } = await client.getSession();
  if (error || !data || !data.user) throw new Error(`get-session failed: ${JSON.stringify(error)}`);
}

async function run(n) {
  let next = 0;
  const worker = async () => {
    while (next < n) {
      next += 1;
      await one();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
}

await run(Math.min(200, calls));
const cpu = process.cpuUsage();
const started = process.hrtime.bigint();
await run(calls);
const wall = Number(process.hrtime.bigint() - started) / 1e9;
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({
  calls,
  concurrency,
  wall_seconds: wall,
  cpu_us_per_call: (used.user + used.system) / calls,
}));
