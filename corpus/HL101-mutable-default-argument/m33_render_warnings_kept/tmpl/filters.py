"""Builtin filters, registered on the default environment at import."""
from decimal import Decimal, ROUND_HALF_UP

from .environment import default_env


@default_env.filter()
def title(value):
    return " ".join(part.capitalize() for part in str(value).split())


@default_env.filter("money")
def format_money(value):
    amount = Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return "{:,}".format(amount)


@default_env.filter()
def upper(value):
    return str(value).upper()
