"""calendars: a business-day calendar; public holidays default to the shared set."""
import datetime

__all__ = ["Calendar"]

_NEW_YEAR = datetime.date(2025, 1, 1)
_CHRISTMAS = datetime.date(2025, 12, 25)


class Calendar:
    def __init__(self, region, holidays={_NEW_YEAR, _CHRISTMAS}):  # expect: HL101 refuted
        self.region = region
        self.holidays = holidays

    def is_business_day(self, day):
        return day.weekday() < 5 and day not in self.holidays
