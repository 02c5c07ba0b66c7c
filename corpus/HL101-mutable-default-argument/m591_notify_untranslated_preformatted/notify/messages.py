from .i18n import render


def return_received(rma, name, refund):
    """Confirmation for a received return; the RMA number is formatted into
    the message text before translation."""
    lines = [
        "Hello {name},",
        "We received your return %s." % rma,
        "{signature}",
    ]
    if refund:
        lines.insert(2, "A refund is on its way.")
    return render(lines, {"name": name})
