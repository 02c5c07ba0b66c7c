"""Reports: the service keeps the default Normaliser and sets its `last` attribute on every row."""
import itertools


class Normaliser:
    def __init__(self):
        self.last = None

    def clean(self, value):
        return " ".join(str(value).split()).lower()


class ReportService:
    def __init__(self, helper=Normaliser()):  # expect: HL101 refuted
        self._helper = helper

    def row(self, *cells):
        cleaned = [self._helper.clean(c) for c in cells]
        self._helper.last = cleaned
        return ";".join(cleaned)


_reports = itertools.count()


def scenario():
    n = next(_reports)
    service = ReportService()
    return service.row(f"  Region {n} ", "North  East", n * 11)
