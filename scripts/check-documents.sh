#!/usr/bin/env bash
# Builds the crate against other Better Auth documents than the vendored one, as a user who
# points NEON_AUTH_OPENAPI at their own instance's document would:
#
#   - each fixture document (core only, Better Auth 1.6.23, many plugins) must compile;
#   - a broken document must fail the build with a message naming the document and the place.
#
# The target directory is shared with the other steps: only the crate itself is rebuilt.
set -euo pipefail
cd "$(dirname "$0")/.."

for document in codegen/tests/fixtures/documents/*.json; do
  echo "--- $document"
  NEON_AUTH_OPENAPI="$PWD/$document" cargo check -q -p neon-auth --all-features --locked
done

broken=codegen/tests/fixtures/malformed/duplicate-names.json
echo "--- $broken (must fail)"
if output=$(NEON_AUTH_OPENAPI="$PWD/$broken" cargo check -q -p neon-auth --locked 2>&1); then
  echo "the build accepted $broken"
  exit 1
fi
for expected in "duplicate-names.json" "#/paths/~1sign-in-email/post" "sign_in_email" "corrections overlay"; do
  if ! grep -qF -- "$expected" <<<"$output"; then
    echo "the build's error does not mention '$expected':"
    echo "$output" | tail -n 20
    exit 1
  fi
done
if grep -q "panicked" <<<"$output"; then
  echo "the build script panicked:"
  echo "$output" | tail -n 20
  exit 1
fi
echo "the broken document failed the build with a clear message"

foreign=codegen/tests/fixtures/malformed/not-better-auth.json
echo "--- $foreign (must fail: valid OpenAPI, but not Better Auth's)"
if output=$(NEON_AUTH_OPENAPI="$PWD/$foreign" cargo check -q -p neon-auth --locked 2>&1); then
  echo "the build accepted $foreign"
  exit 1
fi
if ! grep -qF "lacks Better Auth's core" <<<"$output"; then
  echo "the build's error does not say what is missing:"
  echo "$output" | tail -n 20
  exit 1
fi
echo "a document without Better Auth's core failed the build with a clear message"
