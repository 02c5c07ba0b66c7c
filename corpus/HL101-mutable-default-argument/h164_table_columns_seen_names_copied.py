"""Table schema checker: `duplicate_columns` reports case-insensitive
duplicate column names. Callers may seed `seen_names` with reserved names;
the function copies the seed into a fresh set before adding, so the set
default is only read and each table's names go away with its local copy."""
import itertools

_tables = itertools.count()


def duplicate_columns(columns, seen_names=set()):  # expect: HL101 refuted
    seen = set(seen_names)
    dupes = []
    for column in columns:
        key = column.strip().lower()
        if key in seen:
            dupes.append(column)
        else:
            seen.add(key)
    return dupes


def check_table(name, columns):
    dupes = duplicate_columns(columns)
    return {"table": name, "ok": not dupes, "duplicates": dupes}


def scenario():
    n = next(_tables)
    cols = [f"customer_reference_{n}", f"invoice_number_{n}", f"Invoice_Number_{n}"]
    return check_table(f"import_batch_{n}", cols)
