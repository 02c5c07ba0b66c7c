from .base import BasePanel


class LatencyPanel(BasePanel):
    def build(self, series=[]):  # expect: HL101 confirmed
        return self.render(series)
