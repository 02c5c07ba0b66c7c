"""Concrete handlers; they only read the filter chain the base class keeps."""
import json

from .base import Handler


class LineHandler(Handler):
    def emit(self, record):
        return "%(levelno)d %(name)s: %(msg)s" % record


class JsonHandler(Handler):
    def __init__(self, level="WARNING", fields=("name", "msg")):
        super().__init__(level)
        self.fields = fields

    def emit(self, record):
        return json.dumps({key: record[key] for key in self.fields})
