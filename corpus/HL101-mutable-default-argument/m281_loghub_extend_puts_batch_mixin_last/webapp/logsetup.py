"""Logging setup: extend() builds (StreamHandler, BatchMixin); StreamHandler
inherits prepare() from Handler, which precedes the mixin in the MRO, so the
mixin's prepare() never runs and the default extra keeps one key."""
from loghub import BatchMixin, StreamHandler, factory

AppHandler = factory.extend(StreamHandler, BatchMixin)
handler = AppHandler()
