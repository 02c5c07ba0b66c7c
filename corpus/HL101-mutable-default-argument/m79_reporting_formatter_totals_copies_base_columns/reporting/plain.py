"""plain: exactly the columns the caller asks for."""
from .base import Formatter


class PlainFormatter(Formatter):
    def __init__(self, title, columns):
        super().__init__(title, list(columns))
