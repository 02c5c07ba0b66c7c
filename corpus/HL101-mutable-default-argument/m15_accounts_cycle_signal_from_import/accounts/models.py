from . import signals


class User:
    def __init__(self, username, email):
        self.username = username
        self.email = email
        self.saved = False

    def save(self):
        self.saved = True
        signals.post_save(self)
