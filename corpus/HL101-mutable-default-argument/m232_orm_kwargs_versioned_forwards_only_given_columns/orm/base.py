class Model:
    def __init__(self, table, columns=[], schema="public"):  # expect: HL101 confirmed
        self.table = table
        self.schema = schema
        self.columns = columns

    def select_sql(self):
        cols = ", ".join(self.columns[:8]) or "*"
        return f"SELECT {cols} FROM {self.schema}.{self.table}"
