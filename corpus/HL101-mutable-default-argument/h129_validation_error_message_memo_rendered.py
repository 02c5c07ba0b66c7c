"""Validation errors for a schema library: `ValidationError.message` is a
property that renders its code's template through `render`, which memoizes
the finished text keyed by the code and the sorted params. The params include
the offending value, so each rejected input adds a message to the default."""
import enum
import itertools

_inputs = itertools.count()


class ErrorCode(enum.Enum):
    TOO_LONG = "{field} must be at most {limit} characters, got {length}"
    OUT_OF_RANGE = "{field} must be between {low} and {high}, got {value}"


# heaplint-todo: render, which can store into it at line 20, never ran in the scenario; code heaplint cannot see may call it (heaplint: unknown)
def render(code, params, _memo={}):  # expect: HL101 confirmed
    key = (code, tuple(sorted(params.items())))
    text = _memo.get(key)
    if text is None:
        text = _memo[key] = code.value.format(**params)
    return text


class ValidationError(ValueError):
    def __init__(self, code: ErrorCode, **params: object) -> None:
        super().__init__(code.name)
        self.code, self.params = code, params

    @property
    def message(self) -> str:
        return render(self.code, self.params)


def scenario():
    n = next(_inputs)
    err = ValidationError(ErrorCode.OUT_OF_RANGE, field="age", low=0, high=150, value=151 + n)
    return err.message
