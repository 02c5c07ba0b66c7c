"""Import job that collects parsed CSV rows before a bulk insert."""
import itertools


def collect_row(line, rows=[]):  # expect: HL101 confirmed
    fields = [field.strip() for field in line.split(",")]
    rows += [tuple(fields)]
    return len(rows)


_lines = itertools.count()


def scenario():
    n = next(_lines)
    collect_row(f"{n}, customer-{n}, {n * 3} EUR")
