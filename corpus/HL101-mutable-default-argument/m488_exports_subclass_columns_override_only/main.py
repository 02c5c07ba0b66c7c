"""Support tool: each call exports one ticket, with its custom fields, as CSV."""
import itertools

import exports

_tickets = itertools.count(1)
_exporter = exports.CsvExporter()


def scenario():
    n = next(_tickets)
    ticket = {"id": n, "subject": f"printer {n} jams", f"cf_site_{n}": "HQ", f"cf_asset_{n}": n}
    return _exporter.render(ticket)
