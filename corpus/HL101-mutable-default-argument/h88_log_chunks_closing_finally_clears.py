"""Log shipper: a generator groups log lines into chunks in a default list; the shipper stops at the first error chunk and closes the generator, whose finally empties the buffer."""
import contextlib
import itertools


# heaplint-todo: it flows into contextlib.closing(), which heaplint cannot see (heaplint: unknown)
def chunks(lines, size=4, pending=[]):  # expect: HL101 refuted
    try:
        for line in lines:
            pending.append(line.rstrip())
            if len(pending) == size:
                yield tuple(pending)
                del pending[:]
        if pending:
            yield tuple(pending)
    finally:
        del pending[:]


def ship(lines):
    sent = []
    with contextlib.closing(chunks(lines)) as stream:
        for chunk in stream:
            sent.append(chunk)
            if any("ERROR" in line for line in chunk):
                break
    return len(sent)


_runs = itertools.count()


def scenario():
    n = next(_runs)
    lines = [f"run {n} step {i}\n" for i in range(6)] + [f"ERROR run {n}\n", "tail\n"]
    return ship(lines)
