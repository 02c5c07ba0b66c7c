from .i18n import render


def return_received(rma, name, refund):
    """Confirmation for a received return; the RMA number is a {rma}
    placeholder, filled in after translation."""
    lines = [
        "Hello {name},",
        "We received your return {rma}.",
        "{signature}",
    ]
    if refund:
        lines.insert(2, "A refund is on its way.")
    return render(lines, {"name": name, "rma": rma})
