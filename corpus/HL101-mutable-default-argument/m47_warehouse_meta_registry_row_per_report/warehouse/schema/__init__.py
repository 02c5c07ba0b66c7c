from .meta import RecordMeta
from .record import Record

__all__ = ["Record", "RecordMeta"]
