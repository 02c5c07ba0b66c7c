"""Exporters registered with plugins.exporter at import time."""
from plugins import exporter


@exporter
def to_csv(rows):
    return "\n".join(",".join(map(str, row)) for row in rows)


@exporter
def to_tsv(rows):
    return "\n".join("\t".join(map(str, row)) for row in rows)
