"""fields: one declared configuration option."""

__all__ = ["Field", "field"]


class Field:
    def __init__(self, kind, required, choices, meta):
        self.kind, self.required, self.choices, self.meta = kind, required, choices, meta

    def problem(self, value):
        if not isinstance(value, self.kind):
            return f"expected {self.kind.__name__}, got {type(value).__name__}"
        if self.choices and value not in self.choices:
            return f"{value!r} is not one of {sorted(self.choices)}"
        return None


def field(kind, required=False, choices=(), meta={}):  # expect: HL101 refuted
    """Declare an option; `meta` (help text, env var name, ...) is copied."""
    return Field(kind, required, frozenset(choices), dict(meta))
