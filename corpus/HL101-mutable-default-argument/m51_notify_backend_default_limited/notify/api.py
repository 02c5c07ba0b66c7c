from .backends import *

LEVELS = ("debug", "info", "warning", "error")


def notify(user, text, level="info", backend=MemoryBackend(limit=20)):  # expect: HL101 refuted
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}")
    message = {"to": user, "text": text, "level": level}
    backend.send(message)
    return message
