"""Ingest step: normalize() unions each row's keys into the default schema set from a map() callback; feeds only ever carry the known columns."""
import itertools


def normalize(rows, _columns={"id", "name", "price"}):  # expect: HL101 refuted
    def strip(row):
        _columns.update(row)
        return {k: v.strip() if isinstance(v, str) else v for k, v in row.items()}

    return list(map(strip, rows)), sorted(_columns)


_feeds = itertools.count()


def scenario():
    n = next(_feeds)
    rows = [{"id": n, "name": f" item {n} "}, {"id": n + 1, "name": "x ", "price": n % 7}]
    cleaned, cols = normalize(rows)
    return cleaned[0]["name"], cols
