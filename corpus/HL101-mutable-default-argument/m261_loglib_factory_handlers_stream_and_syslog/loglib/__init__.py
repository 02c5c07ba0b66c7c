"""loglib: pluggable log handlers."""
from loglib.handler import LogRecord
from loglib.handlers import ContextHandler, StreamHandler, SyslogHandler

_KINDS = {"stream": StreamHandler, "syslog": SyslogHandler, "context": ContextHandler}


def get_handler(kind, **options):
    """Factory: build the handler class registered for `kind`."""
    return _KINDS[kind](**options)
