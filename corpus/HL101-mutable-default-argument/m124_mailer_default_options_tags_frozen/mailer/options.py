"""Send options; DEFAULTS is what callers get when they pass none (frozen, tags a tuple: += rebinds).

No label: a frozen dataclass whose only container is a tuple cannot grow, so HL101
does not take `opts=options.DEFAULTS` as a candidate (issue 9: candidates that can retain)."""
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SendOptions:
    priority: str = "normal"
    tags: tuple = field(default=("transactional",))


DEFAULTS = SendOptions()
