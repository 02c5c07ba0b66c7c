class BasePanel:
    def __init__(self, scope):
        self.scope = scope
        self._last_series = []
        self._extra_series = [f"{scope} p99"]

    def title(self):
        return type(self).__name__.replace("Panel", "")

    def render(self, series):
        self._last_series.extend(series)
        legend = " | ".join(s.upper() for s in series)
        return f"{self.title()} [{self.scope}] {legend}"
