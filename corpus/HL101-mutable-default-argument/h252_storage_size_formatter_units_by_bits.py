"""Storage dashboard: describe_usage() renders byte counts for the usage panel
with a shared SizeFormatter. The formatter remembers the divisor and suffix it
picked for a magnitude, since one refresh renders thousands of cells."""
import itertools

_files = itertools.count(1)

UNITS = ("B", "KiB", "MiB", "GiB", "TiB")


class SizeFormatter:
    def __init__(self, precision=1):
        self.precision = precision
        self._units = {}

    def _unit_for(self, size):
        key = size.bit_length()
        if key not in self._units:
            exponent = min(max(size.bit_length() - 1, 0) // 10, len(UNITS) - 1)
            self._units[key] = (1 << (10 * exponent), UNITS[exponent])
        return self._units[key]

    def format(self, size):
        divisor, suffix = self._unit_for(size)
        return f"{size / divisor:.{self.precision}f} {suffix}"


# heaplint-todo: the cache key is size.bit_length() of sizes outside callers pass: bounded only by the range of sizes real callers use, which the run cannot know (heaplint: unknown)
def describe_usage(path, size, formatter=SizeFormatter()):  # expect: HL101 refuted
    return f"{path}: {formatter.format(size)}"


def scenario():
    n = next(_files)
    return describe_usage(f"/srv/backups/db-{n}.tar.gz", n * 1_048_573 + 4_099)
