"""Inventory sync: quantities from a supplier feed are parsed; rows that break the parser are kept for the report."""
import itertools


def parse_qty(row, _broken=[]):  # expect: HL101 refuted
    try:
        return int(row.get("qty") or 0)
    except ValueError:
        return 0
    except Exception as exc:
        _broken.append((row.get("sku"), exc))
        return None


def sync(feed):
    totals = {}
    for row in feed:
        qty = parse_qty(row)
        if qty is not None:
            totals[row["sku"]] = totals.get(row["sku"], 0) + qty
    return totals


_feeds = itertools.count()


def scenario():
    n = next(_feeds)
    feed = [{"sku": f"A{n}", "qty": str(n % 9)}, {"sku": f"B{n}", "qty": "n/a"}, {"sku": f"C{n}"}]
    return sync(feed)
