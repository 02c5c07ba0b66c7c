"""StateMixin: remembers UI state in self.options, under one fixed key."""


class StateMixin:
    def mark_clicked(self):
        self.options["clicked"] = self.wid

    def was_clicked(self):
        return self.options.get("clicked") == self.wid
