#!/usr/bin/env bash
# Regenerates the OpenAPI documents the codegen tests read, from the real test server:
#
#   codegen/tests/fixtures/documents/core.json              Better Auth 1.7.25, PLUGINS=core
#   codegen/tests/fixtures/documents/extended.json          Better Auth 1.7.25, PLUGINS=extended
#   codegen/tests/fixtures/documents/better-auth-1.6.23.json Better Auth 1.6.23, Neon's plugin set
#
# Usage: testserver/fixtures.sh          write the documents
#        testserver/fixtures.sh --check  write them to a temporary directory and fail if any
#                                        differs from the committed one (also checks
#                                        schema/neon-auth.openapi.json)
#
# Every input is pinned by a lock file (testserver/package-lock.json and
# testserver/fixtures/better-auth-1.6.23/package-lock.json), and the server writes the
# document with JSON.stringify(doc, null, 2) plus a newline, so a rerun is identical byte for byte.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
committed="$root/codegen/tests/fixtures/documents"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

check=false
case "${1:-}" in
  --check) check=true; out="$work/out" ;;
  "") out="$committed" ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac
mkdir -p "$out"

# Installs the packages a lock file pins into $1 unless they are there already; npm's own
# record of what it installed is compared with the lock file, as the Rust crate does.
install() {
  local dir=$1
  if ! node -e '
      const fs = require("fs");
      const read = (f) => JSON.parse(fs.readFileSync(f, "utf8")).packages;
      const wanted = read(process.argv[1] + "/package-lock.json");
      delete wanted[""];
      const isDeepStrictEqual = require("util").isDeepStrictEqual;
      process.exit(isDeepStrictEqual(wanted, read(process.argv[1] + "/node_modules/.package-lock.json")) ? 0 : 1);
    ' "$dir" 2>/dev/null; then
    echo "npm ci in $dir" >&2
    npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error >&2
  fi
}

# Fails unless $1/node_modules holds better-auth at version $2, so that a fixture never
# silently comes from another version.
require_version() {
  local found
  found=$(node -p "require('$1/node_modules/better-auth/package.json').version")
  if [ "$found" != "$2" ]; then
    echo "expected better-auth $2 in $1, found $found" >&2
    exit 1
  fi
}

install "$here"
require_version "$here" 1.7.25
(cd "$here" && PLUGINS=core node server.mjs --write-schema "$out/core.json")
(cd "$here" && PLUGINS=extended node server.mjs --write-schema "$out/extended.json")
(cd "$here" && PLUGINS=neon node server.mjs --write-schema "$work/neon-auth.openapi.json")

old="$work/better-auth-1.6.23"
mkdir -p "$old"
cp "$here/fixtures/better-auth-1.6.23/package.json" "$here/fixtures/better-auth-1.6.23/package-lock.json" \
  "$here/server.mjs" "$old/"
install "$old"
require_version "$old" 1.6.23
(cd "$old" && PLUGINS=neon node server.mjs --write-schema "$out/better-auth-1.6.23.json")

if $check; then
  status=0
  for name in core.json extended.json better-auth-1.6.23.json; do
    if ! cmp -s "$out/$name" "$committed/$name"; then
      echo "codegen/tests/fixtures/documents/$name differs from what testserver/fixtures.sh generates" >&2
      status=1
    fi
  done
  if ! cmp -s "$work/neon-auth.openapi.json" "$root/schema/neon-auth.openapi.json"; then
    echo "schema/neon-auth.openapi.json differs from what \`npm --prefix testserver run schema\` generates" >&2
    status=1
  fi
  [ $status -eq 0 ] && echo "fixture documents and schema/neon-auth.openapi.json are up to date"
  exit $status
fi
echo "wrote $(cd "$out" && ls core.json extended.json better-auth-1.6.23.json | tr '\n' ' ')to $out"
