"""Export endpoint."""
from plugins import make_exporter


def export_rows(fmt, rows):
    sep = ";" if fmt.endswith("-eu") else ","
    exporter_cls = make_exporter(fmt, sep)
    return exporter_cls().export(rows)
