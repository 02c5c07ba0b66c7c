"""notify(): builds the Message and hands it to each named channel plugin."""
from .message import Message
from .plugins import lookup


def notify(to, text, channels=("mail",)):
    msg = Message(to, text)
    return [lookup(name)(msg) for name in channels]
