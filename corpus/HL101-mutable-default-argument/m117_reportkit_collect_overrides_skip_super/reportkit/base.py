"""Report base: render() is the template method; both subclasses override _collect() without super(), so this one never runs."""


class Report:
    title = "report"

    def __init__(self):
        self.count = 0

    def render(self, rows):
        for row in rows:
            self._collect(row)
        return f"{self.title}: {self._summary()}"

    def _collect(self, row, _seen=[]):  # expect: HL101 refuted
        if row["id"] in _seen:
            return False
        _seen.append(row["id"])
        self.count += 1
        return True

    def _summary(self):
        raise NotImplementedError
