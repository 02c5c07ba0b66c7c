"""CSV import: bad rows are remembered as exception objects; each keeps its traceback and the frames' locals."""
import itertools


def parse_amount(raw, row):
    fields = raw.split(";")
    return int(fields[1])


def import_row(raw, errors=[]):  # expect: HL101 confirmed
    row = {"raw": raw, "fields": raw.split(";")}
    try:
        return parse_amount(raw, row)
    except ValueError as e:
        errors.append(e)
        return None


_rows = itertools.count()


def scenario():
    n = next(_rows)
    import_row(f"item{n};{n}")
    import_row(f"item{n};n/a-{n}")
