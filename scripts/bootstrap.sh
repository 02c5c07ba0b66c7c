#!/usr/bin/env bash
# Fetches what heaplint builds against but never commits:
#   - Debian's libtree-sitter-dev (the tree-sitter runtime, ABI 13-14),
#   - the tree-sitter-python grammar (parser.c, scanner.c) from its PyPI sdist,
#   - the grammar's private headers from the tree-sitter PyPI sdist.
# Both sdists are pinned and checked against their sha256 before use.
# Idempotent and quiet when everything is already in place.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
grammar_dir="$root/Sources/TreeSitterPython/src"
stamp="$grammar_dir/.bootstrap-stamp"

GRAMMAR_PKG="tree-sitter-python==0.23.6"
GRAMMAR_SDIST="tree_sitter_python-0.23.6.tar.gz"
GRAMMAR_SHA="354bfa0a2f9217431764a631516f85173e9711af2c13dbd796a8815acfe505d9"
HEADERS_PKG="tree-sitter==0.23.2"
HEADERS_SDIST="tree-sitter-0.23.2.tar.gz"
HEADERS_SHA="66bae8dd47f1fed7bdef816115146d3a41c39b5c482d7bad36d9ba1def088450"
STAMP_VALUE="$GRAMMAR_SHA $HEADERS_SHA"

die() { echo "bootstrap: error: $*" >&2; exit 1; }
say() { [ "${QUIET:-0}" = 1 ] || echo "bootstrap: $*" >&2; }

# 1. The tree-sitter runtime.
if ! pkg-config --exists tree-sitter 2>/dev/null || [ ! -f /usr/include/tree_sitter/api.h ]; then
  command -v apt-get >/dev/null 2>&1 || die "libtree-sitter-dev is missing and apt-get is not available; install the tree-sitter runtime (headers and pkg-config file) by hand"
  if [ "$(id -u)" = 0 ]; then
    SUDO=""
  elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    die "libtree-sitter-dev is missing and this user is not root and has no sudo; run: apt-get install libtree-sitter-dev"
  fi
  say "installing libtree-sitter-dev (Debian package)"
  $SUDO apt-get update -qq >/dev/null || die "apt-get update failed (no network?)"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libtree-sitter-dev >/dev/null \
    || die "apt-get install libtree-sitter-dev failed"
fi
grep -q 'TREE_SITTER_LANGUAGE_VERSION 14' /usr/include/tree_sitter/api.h \
  || die "the installed tree-sitter runtime does not support language ABI 14 (need libtree-sitter-dev 0.20.x)"

# 2. The grammar sources and headers.
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$STAMP_VALUE" ] \
   && [ -f "$grammar_dir/parser.c" ] && [ -f "$grammar_dir/scanner.c" ] \
   && [ -f "$grammar_dir/tree_sitter/parser.h" ]; then
  exit 0
fi

cache="${HEAPLINT_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/heaplint}/sdists"
mkdir -p "$cache"

fetch() { # pkg sdist sha
  local pkg=$1 file=$2 sha=$3
  if [ -f "$cache/$file" ] && echo "$sha  $cache/$file" | sha256sum -c --status; then
    return 0
  fi
  rm -f "$cache/$file"
  local pip
  if command -v pip3 >/dev/null 2>&1; then pip="pip3"
  elif python3 -m pip --version >/dev/null 2>&1; then pip="python3 -m pip"
  else die "pip is not available to fetch $pkg from PyPI; install python3-pip"; fi
  say "downloading $pkg (PyPI sdist)"
  $pip download --quiet --no-deps --no-binary :all: "$pkg" -d "$cache" >/dev/null 2>&1 \
    || die "could not download $pkg from PyPI (no network?)"
  [ -f "$cache/$file" ] || die "pip did not produce $file"
  echo "$sha  $cache/$file" | sha256sum -c --status \
    || { rm -f "$cache/$file"; die "checksum mismatch for $file: expected $sha, refusing to use it"; }
}

fetch "$GRAMMAR_PKG" "$GRAMMAR_SDIST" "$GRAMMAR_SHA"
fetch "$HEADERS_PKG" "$HEADERS_SDIST" "$HEADERS_SHA"

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
tar -xzf "$cache/$GRAMMAR_SDIST" -C "$tmp"
tar -xzf "$cache/$HEADERS_SDIST" -C "$tmp"
mkdir -p "$grammar_dir/tree_sitter"
cp "$tmp/tree_sitter_python-0.23.6/src/parser.c" "$tmp/tree_sitter_python-0.23.6/src/scanner.c" "$grammar_dir/"
for h in parser.h alloc.h array.h ts_assert.h; do
  cp "$tmp/tree-sitter-0.23.2/tree_sitter/core/lib/src/$h" "$grammar_dir/tree_sitter/$h"
done
echo "$STAMP_VALUE" > "$stamp"
say "grammar sources ready in ${grammar_dir#$root/}"
