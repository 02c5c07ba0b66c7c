from decimal import Decimal, InvalidOperation


def parse_total(row):
    try:
        total = Decimal(str(row.get("total", "")).strip())
    except InvalidOperation:
        return None
    return dict(row, total=total)


def tag_batch(batch_id):
    def tag(row):
        return dict(row, batch=batch_id)
    return tag
