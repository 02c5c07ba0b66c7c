import exporters

FORMAT = "tsv"
COLUMNS = ("id", "total")


def export_day(records):
    """The day's orders as a document in the configured export format."""
    sink = exporters.get(FORMAT)(COLUMNS, [])
    for record in records:
        sink.write(record)
    return sink.getvalue()
