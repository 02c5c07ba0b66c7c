"""Audit-log stamps for a multi-tenant service. Each request builds its own
`datetime.timezone` from the tenant's UTC offset and display label, and
`StampFormatter` memoises the rendered offset text per timezone in a default
dict shared by every formatter. `timezone` objects compare and hash by offset
only, so tenants with the same offset share one entry whatever their label."""
import itertools
from datetime import datetime, timedelta, timezone

_requests = itertools.count()
OFFSETS = (-5, 0, 1, 2, 9)


class StampFormatter:
    def __init__(self, tz, _offsets={}):  # expect: HL101 refuted
        self.tz = tz
        self._offsets = _offsets

    def _offset_text(self):
        off = self.tz.utcoffset(None)
        hours, minutes = divmod(abs(off) // timedelta(minutes=1), 60)
        text = "%s%02d:%02d" % ("-" if off < timedelta(0) else "+", hours, minutes)
        return self._offsets.setdefault(self.tz, text)

    def format(self, moment):
        local = moment.astimezone(self.tz)
        return "{:%Y-%m-%dT%H:%M:%S}{}".format(local, self._offset_text())


def scenario():
    n = next(_requests)
    tz = timezone(timedelta(hours=OFFSETS[n % len(OFFSETS)]), "tenant-%d" % n)
    moment = datetime(2024, 3, 1, tzinfo=timezone.utc) + timedelta(seconds=97 * n)
    return StampFormatter(tz).format(moment)
