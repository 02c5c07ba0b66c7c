"""Statement base: prepare() keeps args set on the instance beforehand (even empty), else uses the list it is given."""


class Statement:
    args = None

    def __init__(self, table):
        self.table = table
        self.where = []

    def prepare(self, args=[]):  # expect: HL101 refuted
        if self.args is None:
            self.args = args
        return self

    def filter(self, column, value):
        self.where.append(f"{column} = ?")
        self.args.append(value)
        return self

    def sql(self):
        clause = " AND ".join(self.where) or "1"
        return f"SELECT * FROM {self.table} WHERE {clause}", tuple(self.args)
