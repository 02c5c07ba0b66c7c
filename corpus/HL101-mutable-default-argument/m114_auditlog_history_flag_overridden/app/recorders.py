"""Recorders of this app; LoginRecorder turns history off in its own class body."""
from auditlog import Recorder


class LoginRecorder(Recorder):
    channel = "login"
    keep_history = False
