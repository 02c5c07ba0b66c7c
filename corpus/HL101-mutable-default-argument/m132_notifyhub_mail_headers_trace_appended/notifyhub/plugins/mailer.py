"""The "mail" channel: a mail envelope with the default header block."""
from ..transport import wrap
from .registry import plugin


@plugin("mail")
def send_mail(msg, headers={"X-Mailer": "notifyhub"}):  # expect: HL101 confirmed
    return wrap(msg, headers)
