class Query:
    """Chainable, lazily evaluated selection over a model's rows."""

    def __init__(
        self,
        model,
        filters=[],  # expect: HL101 refuted
        ordering=[],  # expect: HL101 refuted
    ):
        self.model = model
        self.filters = list(filters)
        self.ordering = ordering
        self.cap = None

    def filter(self, **conds):
        self.filters.append(conds)
        return self

    def order_by(self, *fields):
        return Query(self.model, self.filters, list(fields))

    def limit(self, n):
        self.cap = n
        return self

    def _matches(self, row):
        return all(row.get(k) == v for conds in self.filters for k, v in conds.items())

    def all(self):
        rows = [row for row in self.model.rows if self._matches(row)]
        for field in reversed(self.ordering):
            rows.sort(key=lambda row: row[field])
        return rows[: self.cap]
