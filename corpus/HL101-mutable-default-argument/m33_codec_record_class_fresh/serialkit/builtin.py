import datetime
import decimal
import uuid

from .registry import register


@register(datetime.date, datetime.datetime)
def encode_date(value):
    return value.isoformat()


@register(decimal.Decimal, uuid.UUID)
def encode_str(value):
    return str(value)


@register(tuple, set, frozenset)
def encode_sequence(value):
    if hasattr(value, "_asdict"):
        return dict(value._asdict())
    return list(value)
