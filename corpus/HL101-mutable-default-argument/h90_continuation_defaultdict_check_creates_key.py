"""Config loader: backslash-continued lines are joined per source, and an unfinished continuation waits in a default defaultdict for the next chunk; the dangling-continuation check indexes it, which adds an empty list for every source."""
import collections
import itertools
import warnings


def logical_lines(source, lines, pending=collections.defaultdict(list)):  # expect: HL101 confirmed
    out = []
    for line in lines:
        if line.endswith("\\"):
            pending[source].append(line[:-1].strip())
            continue
        parts = pending.pop(source, [])
        out.append(" ".join(parts + [line.strip()]))
    if pending[source]:
        warnings.warn(f"{source}: continuation still open after {len(pending[source])} lines")
    return out


def load(source, text):
    pairs = (ln.split("=", 1) for ln in logical_lines(source, text.splitlines()) if "=" in ln)
    return {k.strip(): v.strip() for k, v in pairs}


_files = itertools.count()


def scenario():
    n = next(_files)
    text = f"name = worker-{n}\nargs = --threads 4 \\\n  --queue q{n} \\\n  --verbose\nretries = {n % 5}"
    return load(f"conf.d/{n:05d}-worker.conf", text)
