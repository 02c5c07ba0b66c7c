import datetime
import decimal

from ..registry import encode, encoder


@encoder(int)
@encoder(float)
@encoder(str)
@encoder(type(None))
def _scalar(value):
    return value


@encoder(decimal.Decimal)
def _decimal(value):
    return str(value.quantize(decimal.Decimal("0.01")))


@encoder(datetime.date)
def _date(value):
    return value.isoformat()


@encoder(tuple)
def _tuple(value):
    if hasattr(value, "_asdict"):
        return {key: encode(item) for key, item in value._asdict().items()}
    return [encode(item) for item in value]
