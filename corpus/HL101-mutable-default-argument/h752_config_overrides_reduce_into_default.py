"""Config loader: flattens `key=value` override lines from several sources
into one settings dict. The pairs are folded with functools.reduce, whose
initial accumulator is the default list of base pairs; the step function
appends to the accumulator, so every load adds its pairs to the default."""
import functools
import itertools

_loads = itertools.count()


def _accumulate(pairs, line):
    key, _, value = line.partition("=")
    pairs.append((key.strip(), value.strip()))
    return pairs


def load_overrides(sources, base=[("log_level", "info")]):  # expect: HL101 confirmed
    lines = (line for text in sources for line in text.splitlines() if "=" in line)
    return dict(functools.reduce(_accumulate, lines, base))


def scenario():
    n = next(_loads)
    env = f"DB_HOST=db{n}.internal\nDB_PORT=54{n % 100:02d}"
    cli = f"log_level = debug\nrun_id = {n}"
    return load_overrides([env, cli])
