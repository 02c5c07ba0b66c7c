"""Stock TSV import: `import_tsv` forwards its keyword options to
`check_row`, which appends problems to an `errors` list default. The
importer puts a fresh list into the options with `setdefault` before
forwarding, so `check_row` never falls back to its default here."""
import itertools

_ids = itertools.count()


def check_row(lineno, row, header, errors=[], strict=False):  # expect: HL101 refuted
    if len(row) != len(header):
        errors.append(f"line {lineno}: expected {len(header)} fields, got {len(row)}")
        return None
    record = dict(zip(header, row))
    if not record["qty"].isdigit():
        errors.append(f"line {lineno}: bad qty {record['qty']!r}")
        return None if strict else {**record, "qty": "0"}
    return record


def import_tsv(text, **options):
    options.setdefault("errors", [])
    lines = text.splitlines()
    header, records = lines[0].split("\t"), []
    for lineno, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        record = check_row(lineno, line.split("\t"), header, **options)
        if record is not None:
            records.append(record)
    return records, options["errors"]


def scenario():
    n = next(_ids)
    text = f"sku\tqty\tprice\nA-{n}\t3\t9.99\n# recount\nB-{n}\tmany\t1.50\nC-{n}\t2\n"
    records, errors = import_tsv(text, strict=True)
    return len(records), errors
