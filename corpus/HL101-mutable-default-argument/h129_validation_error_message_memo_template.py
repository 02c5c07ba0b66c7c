"""Validation errors for a schema library: `ValidationError.message` is a
property that fills its code's template. The memo helper caches only the
placeholder names parsed out of each `ErrorCode` template, keyed by the enum
member, so the default holds at most one entry per code."""
import enum
import itertools
import string

_inputs = itertools.count()


class ErrorCode(enum.Enum):
    TOO_LONG = "{field} must be at most {limit} characters, got {length}"
    OUT_OF_RANGE = "{field} must be between {low} and {high}, got {value}"


# heaplint-todo: placeholders, which can store into it at line 20, never ran in the scenario; code heaplint cannot see may call it (heaplint: unknown)
def placeholders(code, _memo={}):  # expect: HL101 refuted
    names = _memo.get(code)
    if names is None:
        names = _memo[code] = tuple(name for _, name, _, _ in string.Formatter().parse(code.value) if name)
    return names


class ValidationError(ValueError):
    def __init__(self, code: ErrorCode, **params: object) -> None:
        super().__init__(code.name)
        self.code, self.params = code, params

    @property
    def message(self) -> str:
        return self.code.value.format(**{k: self.params.get(k, "?") for k in placeholders(self.code)})


def scenario():
    n = next(_inputs)
    err = ValidationError(ErrorCode.OUT_OF_RANGE, field="age", low=0, high=150, value=151 + n)
    return err.message
