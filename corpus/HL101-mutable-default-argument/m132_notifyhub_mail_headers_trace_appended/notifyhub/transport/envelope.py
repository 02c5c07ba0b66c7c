"""wrap(): an envelope around the message with the stamped header block."""
from .stamping import stamp


def wrap(msg, headers):
    return {"to": msg.to, "headers": stamp(headers, msg), "body": msg.text}
