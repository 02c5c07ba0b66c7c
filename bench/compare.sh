#!/bin/bash
# Interleaved cold and warm standard-library runs of two heaplint binaries, for before/after
# ratios on a shared, noisy machine (each round runs BASE then NEW, so a burst of load from
# someone else hits both alike).
#   bash bench/compare.sh BASE_BIN NEW_BIN [ROUNDS] [STDLIB_DIR]
set -u
B=$1; F=$2; R=${3:-3}
LIB=${4:-$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')}
ARGS="check --isolated --exit-zero --show-refuted --output-format json $LIB"
for r in $(seq "$R"); do
  for pair in "base:$B" "new:$F"; do
    n=${pair%%:*}; bin=${pair#*:}
    /usr/bin/time -f "$n cold wall %e user %U rss %M" $bin $ARGS --no-cache > /dev/null
  done
done
for pair in "base:$B" "new:$F"; do
  n=${pair%%:*}; bin=${pair#*:}
  d=$(mktemp -d); (cd "$d" && $bin $ARGS > /dev/null
    for r in $(seq "$R"); do /usr/bin/time -f "$n warm wall %e user %U rss %M" $bin $ARGS > /dev/null; done)
  rm -rf "$d"
done
