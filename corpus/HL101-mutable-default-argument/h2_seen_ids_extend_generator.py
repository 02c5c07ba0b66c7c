"""Sync client: the ids of every fetched page are extended into the default list from a generator."""
import itertools


def record_page(items, seen_ids=[]):  # expect: HL101 confirmed
    seen_ids.extend(item["id"] for item in items if item.get("id") is not None)
    return len(seen_ids)


def fetch_page(cursor):
    items = [{"id": f"obj-{cursor}-{i}", "v": i} for i in range(3)]
    return record_page(items)


_cursors = itertools.count()


def scenario():
    fetch_page(next(_cursors))
