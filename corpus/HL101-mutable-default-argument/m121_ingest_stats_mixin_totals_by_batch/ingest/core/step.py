"""A pipeline step sees one batch and transforms its rows."""


class Plugin:
    name = "step"

    def __init__(self, batch_id):
        self.batch_id = batch_id

    def process(self, rows):
        return rows
