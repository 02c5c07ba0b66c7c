"""Order placement."""
import logging

log = logging.getLogger(__name__)


def place(order_id, customer, cents):
    log.info("order %s placed by %s for %d cents", order_id, customer, cents)
    if cents <= 0:
        log.error("order %s has no amount", order_id)
        return None
    return {"id": order_id, "customer": customer, "cents": cents}
