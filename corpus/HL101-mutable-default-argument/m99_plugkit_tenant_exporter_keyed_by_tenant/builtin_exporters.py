"""Exporters that ship with the application, registered at import."""
import json

from plugkit import exporter

DEFAULT = "json"


@exporter("json")
def export_json(rows):
    return json.dumps(rows, sort_keys=True)


@exporter("repr")
def export_repr(rows):
    return "\n".join(map(repr, rows))
