"""The "sms" channel: text trimmed to 160 characters."""
from .registry import plugin


@plugin("sms")
def send_sms(msg):
    return {"to": msg.to, "body": msg.text[:160]}
