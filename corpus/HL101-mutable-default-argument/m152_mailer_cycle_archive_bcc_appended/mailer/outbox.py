"""Outbox: builds the envelope of one outgoing newsletter message."""
from mailer import addresses  # mailer/__init__ is still running; this loads mailer.addresses


def send(list_name, subject, to, message_id, bcc=[]):  # expect: HL101 confirmed
    recipients = addresses.with_archive(bcc, list_name, message_id)
    return {
        "From": addresses.sender_for(list_name),
        "To": addresses.normalize(to),
        "Bcc": ", ".join(recipients),
        "Subject": subject,
        "Message-ID": message_id,
        "List-Id": f"<{list_name}.example.org>",
    }
