"""Dashboard feed: `readings()` parses "sensor unit value" rows into floats
and remembers the latest raw value per unit for the summary tiles, and
`deltas()` pairs each reading with the next one through itertools.tee. The
latest-value dict default is keyed by unit, and there are only two units, so
each batch overwrites the same two entries instead of adding keys."""
import itertools

_batches = itertools.count()


# heaplint-todo: the code uses a generator handed to `itertools.tee()`, which heaplint does not model (heaplint: unknown)
def readings(rows, latest={}):  # expect: HL101 refuted
    for row in rows:
        sensor, unit, value = row.split()
        latest[unit] = value
        yield sensor, unit, float(value)


def deltas(rows):
    a, b = itertools.tee(readings(rows))
    next(b, None)
    return [(cur[0], round(cur[2] - prev[2], 2)) for prev, cur in zip(a, b)]


def scenario():
    n = next(_batches)
    rows = ["probe-%d-%d %s %d.%d" % (n, i, "C" if i % 2 else "hPa", 20 + i, n % 10) for i in range(5)]
    return deltas(rows)
