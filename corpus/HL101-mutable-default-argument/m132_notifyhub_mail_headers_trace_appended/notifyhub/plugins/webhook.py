"""The "webhook" channel: a JSON-ready event payload."""
from .registry import plugin


@plugin("webhook")
def send_webhook(msg):
    return {"event": "notice", "id": msg.msg_id, "to": msg.to}
