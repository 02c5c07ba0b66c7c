from ..channels import MailChannel
from ..services import dispatch

SENDER = "shop@example.com"


def post_shipped(payload):
    channel = MailChannel(SENDER)
    ok = dispatch.send_shipped(channel, payload["to"], payload["order"])
    return {"status": 202 if ok else 502, "pending": channel.pending()}
