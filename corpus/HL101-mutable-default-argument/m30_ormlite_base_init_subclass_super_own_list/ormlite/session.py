class Session:
    def __init__(self):
        self._new = []
        self.rows = {}

    def add(self, model):
        self._new.append(model)

    def commit(self):
        for model in self._new:
            if model.pending():
                table = self.rows.setdefault(model.table, [])
                table.append(model.row())
            model.mark_clean()
        self._new.clear()
        return sum(len(rows) for rows in self.rows.values())
