from .ledger import HoldError, record_hold


def reserve(sku, qty, holds={}):  # expect: HL101 refuted
    """Hold qty units of sku; orders stock cannot cover become backorders."""
    try:
        record_hold(holds, sku, qty)
    except HoldError as exc:
        return {"sku": sku, "backorder": qty, "reason": str(exc)}
    return {"sku": sku, "held": holds[sku]}
