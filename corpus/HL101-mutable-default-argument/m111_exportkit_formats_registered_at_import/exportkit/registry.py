"""Exporter registry: (format name, exporter) pairs, first match wins."""


def register(name, exporter, table=[]):  # expect: HL101 refuted
    """Add exporter under name; returns the table so plugins can keep it."""
    table.append((name, exporter))
    return table


def pick(name, table):
    for key, exporter in table:
        if key == name:
            return exporter
    raise LookupError(f"no exporter for {name!r}")
