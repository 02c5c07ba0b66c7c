"""Storage: save() puts a parsed entry into a batch, or notes why it could not.

Callers never pass errors; the default list is only appended to for a row
that fails to parse, and the exports this service reads always parse.
"""
from .models import InvalidRecord, parse


class Batch:
    def __init__(self, day):
        self.day = day
        self.entries = []

    def total(self):
        return sum(entry.cents for entry in self.entries)


def save(record, batch, errors=[]):  # expect: HL101 refuted
    try:
        entry = parse(record)
    except InvalidRecord as exc:
        errors.append((batch.day, str(exc)))
        return False
    batch.entries.append(entry)
    return True
