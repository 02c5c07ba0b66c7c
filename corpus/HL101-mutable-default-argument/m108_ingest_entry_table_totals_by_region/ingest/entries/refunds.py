"""Refund entries: clamp each refund to the policy limit; the limits are only read."""

KIND = "refund"


def handle(row, limits={"max": 40, "min": 0}):  # expect: HL101 refuted
    amount = min(max(row["amount"], limits["min"]), limits["max"])
    return ("refund", row["customer"], -amount)
