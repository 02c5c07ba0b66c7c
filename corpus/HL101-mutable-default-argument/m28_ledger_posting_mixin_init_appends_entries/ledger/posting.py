"""Posting behaviour: every account starts with an opening entry."""


class PostingMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.entries.append(("opening", 0))

    def post(self, memo, amount):
        self.entries.append((memo, amount))
        return self.balance()
