from utils.seqs import unique as distinct


def sync_batch(rows):
    """Push each SKU of the batch once (duplicated rows come from split shipments)."""
    skus = distinct((row["sku"] for row in rows), set())
    return {"skus": skus, "units": sum(row["qty"] for row in rows)}
