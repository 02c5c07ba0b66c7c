"""ETL pipeline: a generator drops duplicate records by key; the pipeline always hands it a fresh seen-set, so the default is never used."""
import itertools
from operator import itemgetter


def unique_by(records, key, seen=set()):  # expect: HL101 unknown
    for record in records:
        k = key(record)
        if k not in seen:
            seen.add(k)
            yield record


def pipeline(records):
    cleaned = unique_by(records, itemgetter("sku"), seen=set())
    return [r["sku"] for r in itertools.islice(cleaned, 10)]


_loads = itertools.count()


def scenario():
    n = next(_loads)
    return pipeline([{"sku": f"SKU{n}"}, {"sku": f"SKU{n}"}, {"sku": f"SKU{n + 1}"}])
