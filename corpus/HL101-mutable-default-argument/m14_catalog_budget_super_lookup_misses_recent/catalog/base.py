class Repository:
    def __init__(self, rows):
        self.rows = dict(rows)

    def lookup(self, key, _misses=[]):  # expect: HL101 refuted
        if key in self.rows:
            return self.rows[key]
        _misses.append(key)
        del _misses[:-5]
        return None
