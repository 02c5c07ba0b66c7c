"""Audit export: each batch of rows is turned into CSV text through a reusable buffer."""
import csv
import io
import itertools


def rows_to_csv(rows, buf=io.StringIO()):  # expect: HL101 confirmed
    start = buf.tell()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerows(rows)
    buf.seek(start)
    return buf.read()


def export_batch(batch_id, events):
    rows = [(batch_id, i, actor, action) for i, (actor, action) in enumerate(events)]
    return rows_to_csv(rows)


_batches = itertools.count(1)


def scenario():
    n = next(_batches)
    text = export_batch(n, [(f"user{n}", "login"), (f"user{n}", f"download:report-{n}.pdf")])
    return text.count("\n")
