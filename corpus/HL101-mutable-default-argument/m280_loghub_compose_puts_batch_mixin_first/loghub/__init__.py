"""loghub: log handlers, handler mixins and class factories."""
from loghub.handlers import Handler, StreamHandler
from loghub.mixins import BatchMixin

__all__ = ["BatchMixin", "Handler", "StreamHandler"]
