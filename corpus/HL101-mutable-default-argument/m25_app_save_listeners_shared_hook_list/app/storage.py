"""Storage: notifies the save listeners; it only iterates the list."""
from .hooks import ON_SAVE


def save(record, listeners=ON_SAVE):  # expect: HL101 confirmed
    for callback in listeners[-3:]:
        callback(record)
    return record["id"]
