"""Billing views."""
from guards import audited


@audited
def invoice(request):
    return {"invoice": request["invoice"], "amount": request["amount"]}


@audited
def refund(request, partial=False):
    amount = request["amount"] // 2 if partial else request["amount"]
    return {"refunded": amount, "receipt": request.get("receipt")}
