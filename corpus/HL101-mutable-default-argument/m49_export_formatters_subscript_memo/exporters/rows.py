"""One CSV line per catalogue record for the nightly partner export."""
import time

from .registry import FormatterRegistry


def _money(cents):
    return f"{cents // 100}.{cents % 100:02d}"


def _day(epoch_seconds):
    return time.strftime("%Y-%m-%d", time.gmtime(epoch_seconds))


def _quoted(text):
    return '"' + str(text).strip().replace('"', '""') + '"'


SUFFIXES = (("_cents", _money), ("_at", _day), ("_name", _quoted))


def format_row(record, formatters=FormatterRegistry(SUFFIXES, id=str, title=_quoted)):  # expect: HL101 confirmed
    cells = []
    for field, value in record.items():
        formatter = formatters[field]
        cells.append(formatter(value))
    return ",".join(cells)


def format_header(record):
    return ",".join(record)
