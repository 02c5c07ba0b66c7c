"""Signup subscribers; handed to the bus as callbacks when this module is imported."""
import bus
from audit import audited

WELCOME = {"free": "Welcome aboard!", "pro": "Welcome, and thanks for going pro!"}


@audited
def send_welcome(payload):
    return f"to {payload['email']}: {WELCOME[payload['plan']]}"


@audited
def provision_quota(payload):
    return {"user": payload["email"], "quota_gb": 5 if payload["plan"] == "free" else 100}


bus.subscribe("user.signed_up", send_welcome)
bus.subscribe("user.signed_up", provision_quota)
