"""Recorder base: start() stores the history list; record() appends to it only when keep_history is set."""


class Recorder:
    channel = "audit"
    keep_history = False

    def start(self, history=[]):  # expect: HL101 refuted
        self.history = history
        return self

    def record(self, event):
        if self.keep_history:
            self.history.append(event)
        return f"[{self.channel}] {event}"
