from ..filters import make_deduper



def load_batch(rows):
    _dedupe_skus = make_deduper("sku")
    accepted = _dedupe_skus(rows)
    units = sum(row["qty"] for row in accepted)
    return {"accepted": len(accepted), "skipped": len(rows) - len(accepted), "units": units}
