"""Reports: the service keeps the default Normaliser and queues every cleaned row on its `pending` list."""
import itertools


class Normaliser:
    def __init__(self):
        self.pending = []

    def clean(self, value):
        return " ".join(str(value).split()).lower()


class ReportService:
    def __init__(self, helper=Normaliser()):  # expect: HL101 confirmed
        self._helper = helper

    def row(self, *cells):
        cleaned = [self._helper.clean(c) for c in cells]
        self._helper.pending.append(cleaned)
        return ";".join(cleaned)


_reports = itertools.count()


def scenario():
    n = next(_reports)
    service = ReportService()
    return service.row(f"  Region {n} ", "South  West", n * 13)
