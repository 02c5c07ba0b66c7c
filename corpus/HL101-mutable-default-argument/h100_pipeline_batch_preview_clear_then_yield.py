"""Ingest preview: CSV lines are chunked into fixed-size batches by a
generator, and `preview()` takes only the first batch with islice before
dropping the generator. The pending list is copied and emptied before each
yield, so even an abandoned generator leaves the shared default empty."""
import itertools

_runs = itertools.count()


def chunked(lines, size, pending=[]):  # expect: HL101 refuted
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        pending.append(line.rstrip("\n").split(","))
        if len(pending) >= size:
            batch = pending[:]
            del pending[:]
            yield batch
    if pending:
        batch = pending[:]
        pending.clear()
        yield batch


def preview(lines, size=4):
    first = list(itertools.islice(chunked(lines, size), 1))
    return first[0] if first else []


def scenario():
    n = next(_runs)
    lines = ["# export %d" % n] + ["u%d,%d,%s\n" % (n, i, "ok" if i % 3 else "retry") for i in range(9)]
    return len(preview(lines))
