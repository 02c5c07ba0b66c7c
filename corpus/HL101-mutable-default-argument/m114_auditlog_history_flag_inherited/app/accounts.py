"""Accounts: every login gets a fresh recorder that logs the event."""
from .recorders import LoginRecorder


def login(username, address):
    recorder = LoginRecorder().start()
    return recorder.record(f"{username} logged in from {address}")
