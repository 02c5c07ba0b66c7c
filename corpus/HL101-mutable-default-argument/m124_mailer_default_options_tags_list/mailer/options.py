"""Send options; DEFAULTS is what callers get when they pass none (tags is a list: += extends it)."""
from dataclasses import dataclass, field


@dataclass
class SendOptions:
    priority: str = "normal"
    tags: list = field(default_factory=lambda: ["transactional"])


DEFAULTS = SendOptions()
