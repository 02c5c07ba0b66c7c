"""Webhook receivers for the payment provider, dispatched by event type."""
from obs import logged, measured


@logged
@measured
def payment_succeeded(event):
    return {"invoice": event["data"]["invoice"], "status": "paid"}


@logged
@measured
def payment_failed(event):
    data = event["data"]
    return {"invoice": data["invoice"], "status": "retry", "attempt": data["attempt"]}


HANDLERS = {
    "payment.succeeded": payment_succeeded,
    "payment.failed": payment_failed,
}
