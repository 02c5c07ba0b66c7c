def mark_changed(self, *fields, _dirty={}):  # expect: HL101 refuted
    changed = _dirty.setdefault(type(self).__name__, set())
    changed.update(fields)
    return sorted(changed)
