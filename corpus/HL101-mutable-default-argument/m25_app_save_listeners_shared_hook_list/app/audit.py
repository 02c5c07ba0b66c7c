"""Audit: registers a callback into the save listeners."""
from .hooks import ON_SAVE


def watch(callback, listeners=ON_SAVE):  # expect: HL101 confirmed
    listeners.append(callback)
    return callback
