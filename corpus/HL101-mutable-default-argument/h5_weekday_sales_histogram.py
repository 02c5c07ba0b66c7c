"""Reporting: sales are bucketed by weekday from datetime; seven keys at most, values replaced in place."""
import datetime
import itertools

EPOCH = datetime.date(2024, 1, 1)


def bucket_sale(day: datetime.date, cents: int, by_weekday: dict[int, int] = {}) -> int:  # expect: HL101 refuted
    key = day.weekday()
    by_weekday[key] = by_weekday.get(key, 0) + cents
    return by_weekday[key]


def weekday_name(index: int) -> str:
    return (EPOCH + datetime.timedelta(days=index)).strftime("%A")


def ingest(receipt: dict) -> str:
    day = datetime.date.fromisoformat(receipt["date"])
    total = bucket_sale(day, receipt["cents"])
    return f"{weekday_name(day.weekday())}: {total / 100:.2f}"


_receipts = itertools.count()


def scenario():
    n = next(_receipts)
    day = EPOCH + datetime.timedelta(days=n)
    return ingest({"date": day.isoformat(), "cents": 1999 + n})
