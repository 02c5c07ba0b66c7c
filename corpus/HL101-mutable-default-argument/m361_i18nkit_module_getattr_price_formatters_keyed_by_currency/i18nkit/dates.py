"""Date formatting (ISO style, no locale data needed)."""
import datetime


def format_date(year, month, day):
    return datetime.date(year, month, day).isoformat()
