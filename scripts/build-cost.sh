#!/usr/bin/env bash
# What the build-time generator costs, measured side by side on this machine:
#
#   1. the build script's own run time on the vendored document (5 runs);
#   2. a clean debug build of the crate, against the same crate with the generated code checked
#      in and no build-time generator (each in a fresh target directory, one after the other);
#   3. a clean build with only the core, admin and jwt groups (default features off);
#   4. the crate's own rebuild with all groups and with core, admin and jwt only;
#   5. whether touching src/lib.rs re-runs the build script (it must not).
#
# Run from the repository root after one `cargo build`. Takes several minutes: three clean builds.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seconds() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# The out directory of this very build (other feature sets and `cargo check` keep their own).
out_dir=$(cargo build -q -p neon-auth --message-format=json | python3 -c '
import json, sys
for line in sys.stdin:
    message = json.loads(line)
    if message.get("reason") == "build-script-executed" and "#neon-auth@" in message["package_id"]:
        print(message["out_dir"])
')
generated="$out_dir/neon_auth_api.rs"
cfgs="$(dirname "$out_dir")/output"
script=$(ls -t target/debug/build/neon-auth-*/build-script-build | head -n 1)

echo "== build script run time (vendored document, all groups)"
for i in 1 2 3 4 5; do
  mkdir -p "$work/out$i"
  start=$(seconds)
  env OUT_DIR="$work/out$i" CARGO_MANIFEST_DIR="$PWD" CARGO_FEATURE_ADMIN=1 CARGO_FEATURE_ORGANIZATION=1 \
    CARGO_FEATURE_EMAIL_OTP=1 CARGO_FEATURE_MAGIC_LINK=1 CARGO_FEATURE_PHONE_NUMBER=1 CARGO_FEATURE_JWT=1 \
    "$script" >/dev/null
  echo "run $i: $(elapsed "$start" "$(seconds)") s"
done
echo "generated: $(wc -l <"$generated") lines"

echo "== the same crate with the generated code checked in"
copy="$work/pregenerated"
mkdir -p "$copy"
git ls-files -z | xargs -0 -I{} cp --parents {} "$copy"
cp "$generated" "$copy/src/generated_api.rs"
sed -i 's|include!(concat!(env!("OUT_DIR"), "/neon_auth_api.rs"));|include!("generated_api.rs");|' "$copy/src/api.rs"
python3 - "$copy/Cargo.toml" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path).read()
text = re.sub(r'\[build-dependencies\]\n(?:[^\[\n][^\n]*\n)*', '', text)
text = text.replace('download-schema = ["neon-auth-codegen/download"]', 'download-schema = []')
open(path, "w").write(text)
PY
{
  echo 'fn main() {'
  grep -E '^cargo::rustc-(check-)?cfg' "$cfgs" | sed 's/"/\\"/g; s/^/    println!("/; s/$/");/'
  echo '}'
} >"$copy/build.rs"

echo "== clean builds, one after the other"
start=$(seconds)
CARGO_TARGET_DIR="$work/target-generator" cargo build -q -p neon-auth --offline
with_generator=$(elapsed "$start" "$(seconds)")
echo "with the build-time generator:    $with_generator s"

start=$(seconds)
(cd "$copy" && CARGO_TARGET_DIR="$work/target-pregenerated" cargo build -q -p neon-auth --offline)
pregenerated=$(elapsed "$start" "$(seconds)")
echo "with the code checked in:         $pregenerated s"
echo "ratio: $(awk -v a="$with_generator" -v b="$pregenerated" 'BEGIN { printf "%.2f", a / b }')"

start=$(seconds)
CARGO_TARGET_DIR="$work/target-groups" cargo build -q -p neon-auth --offline --no-default-features \
  --features rustls,admin,jwt
groups=$(elapsed "$start" "$(seconds)")
echo "core + admin + jwt only:          $groups s"

echo "== rebuilding the crate alone after touching src/lib.rs (3 runs each, alternating)"
cargo build -q -p neon-auth
cargo build -q -p neon-auth --no-default-features --features rustls,admin,jwt
for i in 1 2 3; do
  touch src/lib.rs
  start=$(seconds)
  cargo build -q -p neon-auth
  all=$(elapsed "$start" "$(seconds)")
  touch src/lib.rs
  start=$(seconds)
  cargo build -q -p neon-auth --no-default-features --features rustls,admin,jwt
  some=$(elapsed "$start" "$(seconds)")
  echo "run $i: all groups $all s, core + admin + jwt $some s"
done

echo "== touching src/lib.rs"
touch src/lib.rs
if CARGO_TARGET_DIR="$work/target-generator" cargo build -vv -p neon-auth --offline 2>&1 \
  | grep -q 'Running `.*build-script-build`'; then
  echo "the build script ran again"
  exit 1
fi
echo "the build script did not run again"
