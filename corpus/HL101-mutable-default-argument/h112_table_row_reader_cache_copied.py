"""Table utilities: `row_reader` returns a closure that parses the lines of a
comma-separated table on demand and caches parsed rows keyed by (table name,
index). Callers may seed the cache through the dict default; the reader copies
it first, so the parsed rows live in the closure and die with the reader."""
import itertools

_ids = itertools.count()


def row_reader(name, lines, cache={}):  # expect: HL101 refuted
    cache = dict(cache)

    def read(index):
        key = (name, index)
        if key not in cache:
            fields = lines[index].split(",")
            try:
                cache[key] = [float(field) for field in fields]
            except ValueError:
                cache[key] = fields
        return cache[key]
    return read


def scenario():
    n = next(_ids)
    lines = ["sku,qty,price"] + [f"{n + i},{i},{(n % 97) / 4 + i}" for i in range(4)]
    read = row_reader(f"staging_{n}", lines)
    total = 0.0
    for i in range(len(lines)):
        row = read(i)
        if isinstance(row[0], str):
            continue
        total += row[1] * row[2]
    return round(total, 2)
