"""Order entries: keep a running total per region in the default dict.

Regions come from a fixed set of four, so the shared totals dict holds at most
four keys; each update replaces the old total, so it stops growing.
"""

KIND = "order"


def handle(row, totals={}):  # expect: HL101 refuted
    key = row["region"]
    totals[key] = totals.get(key, 0) + row["amount"]
    return ("order", key, totals[key])
