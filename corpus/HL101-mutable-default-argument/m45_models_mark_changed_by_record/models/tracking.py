def mark_changed(self, *fields, _dirty={}):  # expect: HL101 confirmed
    changed = _dirty.setdefault((type(self).__name__, self.pk), set())
    changed.update(fields)
    return sorted(changed)
