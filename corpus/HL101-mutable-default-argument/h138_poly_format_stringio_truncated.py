"""Pretty-printer for polynomials given as coefficient lists (lowest power
first), used in solver logs. Terms are sorted by descending power and
written into a StringIO default to avoid string concatenation; each call
rewinds and truncates the buffer before writing, so it only ever holds
the polynomial being printed."""
import io
import itertools

_polys = itertools.count(1)


# heaplint-todo: the store at line 17 sits behind conditions heaplint cannot evaluate, and no way it tried reached it (heaplint: unknown)
def format_poly(coeffs, var="x", _out=io.StringIO()):  # expect: HL101 refuted
    _out.seek(0)
    _out.truncate()
    terms = sorted(((p, c) for p, c in enumerate(coeffs) if c), key=lambda t: -t[0])
    if not terms:
        _out.write("0")
    for i, (p, c) in enumerate(terms):
        sign = ("- " if c < 0 else "+ ") if i else ("-" if c < 0 else "")
        body = "" if abs(c) == 1 and p else f"{abs(c):g}"
        power = "" if p == 0 else var if p == 1 else f"{var}^{p}"
        _out.write(f"{' ' if i else ''}{sign}{body}{power}")
    return _out.getvalue()


def scenario():
    n = next(_polys)
    return format_poly([n, -3.5, 0, 1, -n / 7], var="t")
