from ..filters import make_deduper

_dedupe_skus = make_deduper("sku")


def load_batch(rows):
    accepted = _dedupe_skus(rows)
    units = sum(row["qty"] for row in accepted)
    return {"accepted": len(accepted), "skipped": len(rows) - len(accepted), "units": units}
