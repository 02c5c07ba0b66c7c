from collections import OrderedDict

from . import settings


class UnitConversionError(ValueError):
    pass


def _build(src, dst, equivalencies):
    if src.physical_type == dst.physical_type:
        ratio = src.scale / dst.scale
        return lambda value: value * ratio
    for a, b, forward, backward in equivalencies:
        if (a, b) == (src.physical_type, dst.physical_type):
            return lambda value: forward(value * src.scale) / dst.scale
        if (b, a) == (src.physical_type, dst.physical_type):
            return lambda value: backward(value * src.scale) / dst.scale
    raise UnitConversionError(f"{src.symbol} -> {dst.symbol}")


def get_converter(src, dst, equivalencies=(), _cache=OrderedDict()):  # expect: HL101 refuted
    key = (src, dst, equivalencies)
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    fn = _cache[key] = _build(src, dst, equivalencies)
    limit = settings.CONVERTER_CACHE_SIZE
    if limit is not None and len(_cache) > limit:
        _cache.popitem(last=False)
    return fn
