"""Converters between compatible units, built once per pair of units."""
import functools
import operator


class IncompatibleUnits(TypeError):
    pass


def converter(src, dst, _cache={}):  # expect: HL101 refuted
    key = (src.symbol, dst.symbol)
    fn = _cache.get(key)
    if fn is None:
        if src.dims != dst.dims:
            raise IncompatibleUnits(f"cannot convert {src.symbol} to {dst.symbol}")
        fn = _cache[key] = functools.partial(operator.mul, src.scale / dst.scale)
    return fn
