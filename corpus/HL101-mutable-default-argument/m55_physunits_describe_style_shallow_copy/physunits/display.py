"""Human-readable rendering of quantity values."""
import copy


def render(value, symbol, style):
    style = copy.copy(style)
    digits = style["digits"]
    if value and not 10 ** -digits <= abs(value) < 10 ** digits:
        style["warnings"].append(f"{value!r} {symbol} shown in scientific notation")
        text = f"{value:.{digits - 1}e}"
    else:
        text = f"{value:.{digits}g}"
    return f"{text} {symbol}", style["warnings"]
