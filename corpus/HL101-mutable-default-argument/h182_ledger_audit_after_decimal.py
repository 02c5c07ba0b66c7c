"""Bank statement import: `to_amount` parses the amount with decimal.Decimal
first and only then appends (account, amount) to an `audit` list default for
the import log. The scenario's statement uses a comma decimal separator plus
a currency suffix, so Decimal raises InvalidOperation before the append; the
line is skipped and the shared audit list stays empty."""
import decimal
import itertools

_lines = itertools.count()
_CENTS = decimal.Decimal("0.01")


def to_amount(account, raw, audit=[]):  # expect: HL101 refuted
    amount = decimal.Decimal(raw.replace(" ", "")).quantize(_CENTS)
    audit.append((account, amount))
    return amount


def import_line(account, raw):
    try:
        return {"account": account, "amount": to_amount(account, raw)}
    except decimal.InvalidOperation:
        return {"account": account, "skipped": raw}


def scenario():
    n = next(_lines)
    return import_line(f"DE44 5001 0517 {n:010d}", f"{n},{n % 100:02d} EUR")
