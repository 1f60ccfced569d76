#!/usr/bin/env bash
# What the connection gate (src/reuse.rs) costs per call: the same sequential get-session calls
# through the crate's own HTTP client (gated) and through a plain reqwest::Client handed in
# (not gated), counted with callgrind (user-space instructions) and strace (system calls of the
# client process; the test server is a child and not counted).
# Each count is taken at two call counts and differenced, so start-up costs cancel out.
#
#   scripts/gate-cost.sh            needs valgrind and strace; one line per client and concurrency
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in valgrind strace; do
  command -v "$tool" >/dev/null || { echo "gate-cost: $tool is not installed" >&2; exit 1; }
done
bench=$(cargo bench --bench get_session --no-run --message-format=json 2>/dev/null |
  python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "get_session" and m.get("executable"):
        print(m["executable"])')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
low=192
high=608
for concurrency in 1 32; do
for client in sdk-own-client sdk; do
  for calls in $low $high; do
    export BENCH_ONLY=$client BENCH_CALLS=$calls BENCH_CONCURRENCY=$concurrency
    valgrind --tool=callgrind --callgrind-out-file="$work/cg.$client.$calls" "$bench" \
      2>"$work/vg.$client.$calls"
    strace -c -o "$work/st.$client.$calls" "$bench"
  done
  python3 - "$work" "$client" $low $high $concurrency <<'PY'
import re, sys
work, client = sys.argv[1], sys.argv[2]
low, high, concurrency = (int(a) for a in sys.argv[3:6])
def instructions(calls):
    text = open(f"{work}/vg.{client}.{calls}").read()
    return int(re.search(r"Collected : (\d+)", text).group(1))
def syscalls(calls):
    for line in open(f"{work}/st.{client}.{calls}"):
        if line.strip().endswith("total"):
            return int(line.split()[3])
    raise SystemExit(f"no strace total for {client} {calls}")
n = high - low
print(f"{client}, concurrency {concurrency}: "
      f"{(instructions(high) - instructions(low)) / n:.0f} instructions and "
      f"{(syscalls(high) - syscalls(low)) / n:.2f} system calls per call")
PY
done
done
