"""StateMixin: remembers UI state in self.options, under a key per widget id."""


class StateMixin:
    def mark_clicked(self):
        self.options[f"clicked:{self.wid}"] = True

    def was_clicked(self):
        return self.options.get(f"clicked:{self.wid}", False)
