"""Config loader: flattens `key=value` override lines from several sources
into one settings dict. The pairs are folded with functools.reduce; the
step function appends to the accumulator, but the initial accumulator is a
copy of the default list of base pairs, so the default itself never grows."""
import functools
import itertools

_loads = itertools.count()


def _accumulate(pairs, line):
    key, _, value = line.partition("=")
    pairs.append((key.strip(), value.strip()))
    return pairs


def load_overrides(sources, base=[("log_level", "info")]):  # expect: HL101 refuted
    lines = (line for text in sources for line in text.splitlines() if "=" in line)
    return dict(functools.reduce(_accumulate, lines, list(base)))


def scenario():
    n = next(_loads)
    env = f"DB_HOST=db{n}.internal\nDB_PORT=54{n % 100:02d}"
    cli = f"log_level = debug\nrun_id = {n}"
    return load_overrides([env, cli])
