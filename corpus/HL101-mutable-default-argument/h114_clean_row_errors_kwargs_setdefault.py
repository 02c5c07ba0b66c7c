"""Data cleaning: `validate_row` checks each field of an imported row and
appends a message per problem to an error list that defaults to a shared
`[]`. `clean_row` forwards its keyword options with `**options`, but first
does `options.setdefault("errors", [])`, so every row is validated into a
list of its own and the default list is never touched."""
import itertools
from datetime import date

_ids = itertools.count()
PARSERS = {"id": int, "amount": float, "booked": date.fromisoformat}


def validate_row(row, strict=False, errors=[]):  # expect: HL101 refuted
    for field, parse in PARSERS.items():
        value = row.get(field, "").strip()
        if not value:
            errors.append(f"row {row.get('id', '?')}: {field} is empty")
            continue
        try:
            parse(value)
        except ValueError:
            errors.append(f"row {row.get('id', '?')}: bad {field} {value!r}")
            if strict:
                break
    return errors


def clean_row(row, **options):
    options.setdefault("errors", [])
    errors = validate_row(row, **options)
    return {k: v.strip() for k, v in row.items()}, len(errors)


def scenario():
    n = next(_ids)
    row = {"id": f" {n} ", "amount": f"{n % 90},{n % 7}0", "booked": f"2024-0{n % 9 + 1}-1{n % 10}"}
    return clean_row(row, strict=True)
