"""invoices: billing pages."""
from perms import requires
from perms.policy import allow

allow("invoice:view", {"billing", "admin"})
allow("invoice:void", {"admin"})


@requires("invoice:view")
def show_invoice(request, number):
    return {"status": 200, "body": f"invoice #{number} for {request['user']['name']}"}


@requires("invoice:void")
def void_invoice(request, number):
    return {"status": 204, "body": f"invoice #{number} voided"}
