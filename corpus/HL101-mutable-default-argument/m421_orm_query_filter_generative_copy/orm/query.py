class Query:
    """SELECT over one mapped class; filter() returns a new Query with more
    WHERE criteria, leaving the original untouched (generative style)."""

    def __init__(self, entity, criteria=[]):  # expect: HL101 refuted
        self.entity = entity
        self._criteria = criteria

    def filter(self, *criteria):
        return Query(self.entity, self._criteria + list(criteria))

    def statement(self):
        params = []
        where = " AND ".join(c.compile(params) for c in self._criteria)
        sql = f"SELECT * FROM {self.entity.__tablename__}"
        return (f"{sql} WHERE {where}" if where else sql), params
