"""Readers for the payment feeds, chosen by file suffix."""
from .base import MalformedRow, Reader
from .csv_reader import CsvReader
from .json_reader import JsonReader

_BY_SUFFIX = {".csv": CsvReader, ".jsonl": JsonReader}


def reader_for(filename, columns, **options):
    suffix = filename[filename.rfind("."):]
    if suffix not in _BY_SUFFIX:
        raise MalformedRow(f"unsupported feed file {filename!r}")
    return _BY_SUFFIX[suffix](list(columns), options)
