"""Logging setup: compose() builds (BatchMixin, StreamHandler), so the mixin's
prepare() wins and every record piles up in Handler.handle()'s default extra."""
from loghub import BatchMixin, StreamHandler, factory

AppHandler = factory.compose(StreamHandler, BatchMixin)
handler = AppHandler()
