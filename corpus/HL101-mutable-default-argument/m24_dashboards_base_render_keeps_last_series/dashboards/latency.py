from .base import BasePanel


class LatencyPanel(BasePanel):
    def build(self, series=[]):  # expect: HL101 refuted
        return self.render(series)
