"""Row import service: validates spreadsheet rows into ledger entries."""
from . import helpers as h
from .notices import MISSING_CURRENCY, Notice


def import_rows(header, rows):
    columns = [h.normalize_header(name) for name in header]
    entries, shown = [], []
    for raw in rows:
        row = dict(zip(columns, raw))
        if not row.get("currency"):
            notice = Notice(*MISSING_CURRENCY)
            if h.warn_once(notice):
                shown.append(notice.render())
            row["currency"] = "EUR"
        entries.append({
            "ref": row["ref"],
            "amount": h.parse_amount(row["amount"]),
            "currency": row["currency"],
        })
    return entries, shown
