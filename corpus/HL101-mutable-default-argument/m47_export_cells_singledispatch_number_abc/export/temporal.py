import datetime

from .cells import to_cell


@to_cell.register
def _(value: datetime.datetime):
    return value.isoformat(timespec="seconds")


@to_cell.register
def _(value: datetime.date):
    return value.isoformat()
