import os

from .routing import add_fallback


def send_alert(user, text, channels=[]):  # expect: HL101 refuted
    """Deliver text to user on each channel, adding the configured fallback.

    NOTIFY_FALLBACK names the fallback channel; fallbacks are off unless set."""
    mode = os.environ.get("NOTIFY_FALLBACK", "off")
    if mode != "off":
        add_fallback(channels, mode, user)
    return [f"{channel} <- {text}" for channel in channels]
