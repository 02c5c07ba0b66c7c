"""Deprecations: `warn_once()` returns early when the (function, call site) pair was already
reported, so each deprecated call site is reported once. The call sites are a fixed set of
modules, so after the first few calls every key is a repeat and the early `return` skips
the add into the default `_seen` set."""
import itertools


def warn_once(func_name, call_site, detail, _seen=set()):  # expect: HL101 refuted
    key = (func_name, call_site)
    if key in _seen:
        return None
    _seen.add(key)
    return f"DeprecationWarning: {func_name}() is deprecated ({call_site}): {detail}"


def legacy_price(amount, call_site):
    notice = warn_once("legacy_price", call_site, f"called with amount={amount!r}")
    return round(amount * 1.2, 2), notice


_CALL_SITES = ("shop.cart", "shop.checkout", "admin.reports")
_orders = itertools.count()


def scenario():
    n = next(_orders)
    return legacy_price(n * 0.75, _CALL_SITES[n % len(_CALL_SITES)])
