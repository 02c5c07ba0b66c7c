"""Access logging: `log_request` attaches a redacting filter to the access
logger (Logger.addFilter ignores a filter already attached) and logs the
request line. The filter masks tokens and remembers each message it
redacted for the debug endpoint, in a plain list."""
import itertools
import logging
import re

_requests = itertools.count()
_TOKEN = re.compile(r"token=[\w-]+")
access = logging.getLogger("web.access")
access.propagate = False
access.setLevel(logging.INFO)
access.addHandler(logging.NullHandler())


class RedactingFilter(logging.Filter):
    def __init__(self):
        super().__init__("web")
        self.redacted = []

    def filter(self, record):
        message = record.getMessage()
        if "token=" in message:
            record.msg, record.args = _TOKEN.sub("token=***", message), ()
            self.redacted.append(record.msg)
        return True


def log_request(method, path, status, redactor=RedactingFilter()):  # expect: HL101 confirmed
    access.addFilter(redactor)
    access.info("%s %s -> %d", method, path, status)
    return status < 400


def scenario():
    n = next(_requests)
    return log_request("GET", f"/reports/{n}?token=tk-{n * 7919}", 200 if n % 3 else 404)
