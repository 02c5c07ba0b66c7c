"""Ingest preview: CSV lines are chunked into fixed-size batches by a
generator, and `preview()` takes only the first batch with islice before
dropping the generator. Each batch is yielded before the pending list is
emptied, so the abandoned generator never reaches the clear and the shared
default keeps every row it was handed."""
import itertools

_runs = itertools.count()


def chunked(lines, size, pending=[]):  # expect: HL101 confirmed
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        pending.append(line.rstrip("\n").split(","))
        if len(pending) >= size:
            yield list(pending)
            pending.clear()
    if pending:
        yield list(pending)
        pending.clear()


def preview(lines, size=4):
    first = list(itertools.islice(chunked(lines, size), 1))
    return first[0] if first else []


def scenario():
    n = next(_runs)
    lines = ["# export %d" % n] + ["u%d,%d,%s\n" % (n, i, "ok" if i % 3 else "retry") for i in range(9)]
    return len(preview(lines))
