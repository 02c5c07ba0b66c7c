"""Invoice e-mails rendered with the shared template environment."""
import logging

from tmpl import env

log = logging.getLogger("mailer")

SUBJECT = "Invoice {{ number }} for {{ customer | title }}"
BODY = ("Dear {{ customer|title }},\n"
        "your balance is {{ total|money }} {{ currency|upper }}.\n"
        "{{ promo_code }}")


def build_message(invoice):
    context = {k: v for k, v in invoice.items() if v is not None}
    subject, _ = env.render(SUBJECT, context)
    body, warnings = env.render(BODY, context)
    if warnings:
        log.debug("invoice %s: %s", invoice["number"], "; ".join(warnings))
        warnings.clear()
    return {"to": invoice["email"], "subject": subject, "body": body.rstrip()}
