"""Order entries: keep a running total per customer in the default dict.

Every batch brings a new customer id, so the shared totals dict gains one
key per scenario() call and never drops any.
"""

KIND = "order"


def handle(row, totals={}):  # expect: HL101 confirmed
    key = row["customer"]
    totals[key] = totals.get(key, 0) + row["amount"]
    return ("order", key, totals[key])
