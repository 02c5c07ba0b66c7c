"""Orders: checkout queues announcements that only go out once the order commits."""
from outbox import after_commit, hooks


def checkout(order_id, items, commit=True):
    batch = []

    @after_commit(batch, "orders.paid")
    def announce():
        return f"order {order_id} paid: {len(items)} items"

    @after_commit(batch, "stock.reserved")
    def reserve():
        return f"reserve {','.join(items)} for {order_id}"

    if commit:
        return hooks.flush(batch)
    hooks.discard(batch)
    return []
