class Query:
    """SELECT over one mapped class; filter() adds WHERE criteria."""

    def __init__(self, entity, criteria=[]):  # expect: HL101 confirmed
        self.entity = entity
        self._criteria = criteria

    def filter(self, *criteria):
        self._criteria.extend(criteria)
        return self

    def statement(self):
        params = []
        where = " AND ".join(c.compile(params) for c in self._criteria)
        sql = f"SELECT * FROM {self.entity.__tablename__}"
        return (f"{sql} WHERE {where}" if where else sql), params
