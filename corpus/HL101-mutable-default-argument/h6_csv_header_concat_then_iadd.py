"""CSV export: the header is prepended with + (a new list), so the += that follows extends the copy."""
import itertools


def export_lines(records, lines=[]):  # expect: HL101 refuted
    lines = lines + ["id,name,total"]
    for rec in records:
        lines += [f"{rec['id']},{rec['name']},{rec['total']}"]
    return "\n".join(lines)


def nightly_export(batch):
    records = [{"id": batch * 10 + i, "name": f"cust{i}", "total": i * batch} for i in range(3)]
    return export_lines(records)


_batches = itertools.count()


def scenario():
    nightly_export(next(_batches))
