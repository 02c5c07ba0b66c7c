from decimal import Decimal, InvalidOperation

from .fields import Field


class Money(Field):
    """Decimal amount rendered as a fixed-point string."""

    def __init__(self, places=2, **kwargs):
        super().__init__(**kwargs)
        self.quantum = Decimal(1).scaleb(-places)

    def _format(self, value):
        try:
            amount = Decimal(str(value).replace(",", ""))
        except InvalidOperation:
            raise ValueError(f"Not a valid amount: {value!r}.") from None
        return str(amount.quantize(self.quantum))

    def _record(self, errors, key, message):
        errors[key] = [message]
