import sys
from collections import OrderedDict

from .flatten import flatten_into


def to_row(record, base={}):  # expect: HL101 refuted
    """Flatten record into one row laid over the base columns.

    Plain dicts keep insertion order from 3.7 on; older versions need OrderedDict."""
    row = dict(base) if sys.version_info >= (3, 7) else OrderedDict(base)
    flatten_into(row, record)
    return dict(row)
