from .columns import *
from .money import cents


def export_csv(entries, memo_field):
    """CSV text of the entries, with the account's own memo column last."""
    cols = header()
    lines = [SEP.join(cols) + SEP + memo_field]
    for e in entries:
        memo = e.get(memo_field, "")
        lines.append(SEP.join([e["date"], e["payee"], cents(e["amount"]), memo]))
    return "\n".join(lines)
