"""regions: one calendar class per office."""
import datetime

from .calendars import Calendar


class UKCalendar(Calendar):
    def __init__(self):
        super().__init__("uk")


class DECalendar(Calendar):
    def __init__(self):
        super().__init__("de", {datetime.date(2025, 1, 1), datetime.date(2025, 10, 3)})
