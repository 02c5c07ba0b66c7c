"""Task priorities as sent by clients in the X-Priority header."""
import enum


class Priority(enum.Enum):
    HIGH = 1
    NORMAL = 2
    LOW = 3
    BULK = 4

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            member = cls.__members__.get(value.strip().upper())
            if member is not None:
                return member
        return cls.BULK
