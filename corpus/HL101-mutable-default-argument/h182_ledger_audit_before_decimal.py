"""Bank statement import: `to_amount` appends (account, raw) to an `audit`
list default so the import log shows every attempted amount, and then parses
the amount with decimal.Decimal. The scenario's statement uses a comma
decimal separator plus a currency suffix, so Decimal raises InvalidOperation
and the line is skipped, but the audit tuple was appended first and the
shared list grows per line."""
import decimal
import itertools

_lines = itertools.count()
_CENTS = decimal.Decimal("0.01")


def to_amount(account, raw, audit=[]):  # expect: HL101 confirmed
    audit.append((account, raw))
    return decimal.Decimal(raw.replace(" ", "")).quantize(_CENTS)


def import_line(account, raw):
    try:
        return {"account": account, "amount": to_amount(account, raw)}
    except decimal.InvalidOperation:
        return {"account": account, "skipped": raw}


def scenario():
    n = next(_lines)
    return import_line(f"DE44 5001 0517 {n:010d}", f"{n},{n % 100:02d} EUR")
