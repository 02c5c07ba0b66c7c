"""Converter registry; conversions are memoized per input value."""

_converters = {}


def converter(src, dst, memo={}):  # expect: HL101 confirmed
    def register(fn):
        def convert_value(value):
            key = (src, dst, value)
            if key not in memo:
                memo[key] = fn(value)
            return memo[key]

        convert_value.__name__ = fn.__name__
        convert_value.__doc__ = fn.__doc__
        _converters[src, dst] = convert_value
        return convert_value

    return register


def convert(value, src, dst):
    fn = _converters.get((src, dst))
    if fn is None:
        raise ValueError(f"no converter from {src} to {dst}")
    return fn(value)


def known():
    return sorted(f"{src}->{dst}" for src, dst in _converters)
