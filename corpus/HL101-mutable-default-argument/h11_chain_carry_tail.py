"""Stream framing: each batch is chained after the carry-over from the previous one; only the last two samples are carried forward."""
import itertools


def frame(batch, carry=[]):  # expect: HL101 refuted
    merged = list(itertools.chain(carry, batch))
    carry[:] = merged[-2:]
    return [merged[i:i + 3] for i in range(0, len(merged) - 2, 3)]


_packets = itertools.count()


def scenario():
    n = next(_packets)
    return len(frame([f"s{n}-{i}" for i in range(5)]))
