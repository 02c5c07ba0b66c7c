from ..middleware import audited


@audited
def get_order(request, order_id):
    return {"status": 200, "body": {"order": order_id, "state": "shipped"}}


@audited
def cancel_order(request, order_id):
    return {"status": 202, "body": {"order": order_id, "state": "cancelling"}}
