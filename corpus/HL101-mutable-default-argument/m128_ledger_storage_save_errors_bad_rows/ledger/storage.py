"""Storage: save() puts a parsed entry into a batch, or notes why it could not.

Callers never pass errors, so every rejected row of every import is appended
to the one default list and stays there.
"""
from .models import InvalidRecord, parse


class Batch:
    def __init__(self, day):
        self.day = day
        self.entries = []

    def total(self):
        return sum(entry.cents for entry in self.entries)


def save(record, batch, errors=[]):  # expect: HL101 confirmed
    try:
        entry = parse(record)
    except InvalidRecord as exc:
        errors.append((batch.day, str(exc)))
        return False
    batch.entries.append(entry)
    return True
