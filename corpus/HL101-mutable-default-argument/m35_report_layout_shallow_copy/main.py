import itertools

import reports

_ids = itertools.count()


def scenario():
    n = next(_ids)
    rows = [
        {"name": "Revenue", "value": 1000 + n, "source": "ledger export  #%d" % n},
        {"name": "Refunds", "value": -(n % 7), "source": "payments api"},
        {"name": "Region", "value": "EMEA"},
    ]
    layout = reports.PLAIN if n % 2 else None
    builder = reports.ReportBuilder("Weekly summary %d" % n, layout=layout)
    return builder.build(rows)
