def count_hit(key, _hits={}):  # expect: HL101 refuted
    _hits[key] = _hits.get(key, 0) + 1
    return _hits[key]
