"""The report object handed to the renderers."""


class Report:
    def __init__(self, title, columns):
        self.title = title
        self.columns = tuple(columns)
        self.width = max(12, len(title))
