"""Booking importer: partner rows are parsed into bookings; failures feed the ops dashboard."""
import collections
import dataclasses
import datetime
import itertools


@dataclasses.dataclass(frozen=True)
class Booking:
    ref: str
    starts: datetime.datetime
    nights: int


def note_failure(partner, row, exc, _recent=collections.deque(maxlen=50)):  # expect: HL101 refuted
    _recent.append((partner, row.get("ref"), f"{type(exc).__name__}: {exc}"))
    return list(_recent)[-10:]


def import_rows(partner, rows):
    bookings = []
    for row in rows:
        try:
            starts = datetime.datetime.fromisoformat(row["start"])
            bookings.append(Booking(row["ref"], starts, int(row["nights"])))
        except (KeyError, ValueError) as exc:
            note_failure(partner, row, exc)
    return bookings


_batches = itertools.count()


def scenario():
    n = next(_batches)
    rows = [
        {"ref": f"BK{n}A", "start": f"2024-{n % 12 + 1:02d}-14T15:00", "nights": "3"},
        {"ref": f"BK{n}B", "start": f"14/{n % 12 + 1:02d}/2024", "nights": "2"},
        {"ref": f"BK{n}C", "start": "2024-06-01T12:00"},
    ]
    return import_rows(f"partner-{n % 3}", rows)
