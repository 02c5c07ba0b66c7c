"""channels: one plugin module per delivery channel, loaded by name."""
import importlib

import settings


def load(name):
    return importlib.import_module(f".{name}", package=__package__)


def notify_all(subject, to):
    return [load(name).send(subject, to) for name in settings.CHANNELS]
