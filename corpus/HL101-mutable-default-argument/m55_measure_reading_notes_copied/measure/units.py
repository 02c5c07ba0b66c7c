"""Pressure units by symbol, as factors to pascal."""
PA = "Pa"
KPA = "kPa"
BAR = "bar"
PSI = "psi"

TO_PASCAL = {PA: 1.0, KPA: 1.0e3, BAR: 1.0e5, PSI: 6894.757293168}


def factor(src, dst):
    try:
        return TO_PASCAL[src] / TO_PASCAL[dst]
    except KeyError as exc:
        raise ValueError(f"unknown pressure unit {exc.args[0]!r}") from None
