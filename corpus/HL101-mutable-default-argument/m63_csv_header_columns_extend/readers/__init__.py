"""File readers for the stock import; reader_for() picks one by file suffix."""
from .base import MalformedRow, Reader
from .csv_reader import CsvReader

__all__ = ["CsvReader", "MalformedRow", "Reader", "reader_for"]

_BY_SUFFIX = {".csv": CsvReader, ".txt": CsvReader}


def reader_for(filename):
    suffix = filename[filename.rfind("."):].lower()
    try:
        return _BY_SUFFIX[suffix]()
    except KeyError:
        raise MalformedRow(f"no reader for {filename!r}") from None
