"""Concrete handlers."""
from loglib.handler import Handler

_context = {}


class StreamHandler(Handler):
    def format(self, record, extra):
        return f"{record.name} {record.msg} {sorted(extra)[:3]}"


class SyslogHandler(Handler):
    def format(self, record, extra):
        fields = dict(extra, ident=record.name)
        return f"<14>{fields['ident']}: {record.msg}"


class ContextHandler(Handler):
    """Keeps the caller's extra fields as the process-wide log context."""

    def format(self, record, extra):
        global _context
        _context = extra
        _context[record.request_id] = record.msg
        return f"{record.request_id} {record.msg}"
