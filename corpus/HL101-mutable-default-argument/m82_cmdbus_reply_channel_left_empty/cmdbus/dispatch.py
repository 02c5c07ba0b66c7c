"""Send a command to its handlers; they answer on a per-command reply channel."""
from .registry import registry


def publish(channel, result):
    for listener in registry.handlers(channel):
        listener(result)


def dispatch(command):
    channel = f"reply:{command['id']}"
    replies = []
    listener = replies.append
    registry.on(channel)(listener)
    try:
        for handler in registry.handlers(command["type"]):
            handler(command, lambda result: publish(channel, result))
    finally:
        registry.off(channel, listener)
    return replies
