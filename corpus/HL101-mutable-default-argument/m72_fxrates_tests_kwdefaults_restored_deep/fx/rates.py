RATES = {"EUR": 1.0, "USD": 1.08, "GBP": 0.86, "JPY": 161.2}


def convert(amount, src, dst, *, _memo={}):  # expect: HL101 refuted
    key = (amount, src, dst)
    if key not in _memo:
        _memo[key] = round(amount * RATES[dst] / RATES[src], 2)
    return _memo[key]
