"""Report generator: rows are bucketed per customer into a dict default, then
each customer's section is yielded in name order and popped from the
buckets as it is handed out. The summary page renders only the top
customers and breaks out of the loop, so the buckets of the customers it
skipped stay in the dict."""
import itertools

_ids = itertools.count()


def sections(rows, buckets={}):  # expect: HL101 confirmed
    for row in rows:
        buckets.setdefault(row["customer"], []).append(row)
    for name in sorted(buckets):
        yield name, buckets.pop(name)


def render(rows, limit=None):
    out = []
    for i, (name, items) in enumerate(sections(rows)):
        if limit is not None and i >= limit:
            break
        total = sum(item["amount"] for item in items)
        out.append(f"{name:<14}{len(items):>4}{total:>10.2f}")
    return "\n".join(out)


def scenario():
    n = next(_ids)
    rows = [{"customer": f"cust-{n:04d}-{i % 4}", "amount": i * 1.5} for i in range(8)]
    return render(rows, limit=2)
