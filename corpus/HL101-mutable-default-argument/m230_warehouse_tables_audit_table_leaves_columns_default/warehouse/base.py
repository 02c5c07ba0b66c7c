class Table:
    def __init__(self, name, columns=[]):  # expect: HL101 confirmed
        self.name = name
        self.columns = columns

    def create_sql(self):
        cols = ", ".join(f"{c} TEXT" for c in self.columns[:12]) or "id TEXT"
        return f"CREATE TABLE {self.name} ({cols})"
