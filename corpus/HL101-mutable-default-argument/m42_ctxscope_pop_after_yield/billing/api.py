from .service import InvoiceService, UnsupportedCurrency

service = InvoiceService({"EUR": 1.0, "USD": 0.92, "GBP": 1.17})


def handle_charge(payload):
    try:
        customer = payload["customer"]
        body = service.charge(customer, payload["amount"], payload.get("currency", "EUR"))
    except KeyError as exc:
        return 400, {"error": "missing field %s" % exc}
    except UnsupportedCurrency as exc:
        return 422, {"error": "unsupported currency %s" % exc}
    return 200, body
