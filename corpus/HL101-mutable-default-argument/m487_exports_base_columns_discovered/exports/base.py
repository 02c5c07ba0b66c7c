class Exporter:
    """Plain-text exporter; columns are discovered from the records as they come."""

    separator = " | "

    def columns_for(self, record, columns=[]):  # expect: HL101 confirmed
        for key in record:
            if key not in columns:
                columns.append(key)
        return columns

    def render(self, record):
        columns = self.columns_for(record)
        header = self.separator.join(columns)
        row = self.separator.join(str(record.get(c, "")) for c in columns)
        return f"{header}\n{row}"
