"""Recorders of this app; LoginRecorder inherits keep_history from the base class."""
from auditlog import Recorder


class LoginRecorder(Recorder):
    channel = "login"
