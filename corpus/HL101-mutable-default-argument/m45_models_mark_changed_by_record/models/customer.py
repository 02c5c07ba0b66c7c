from .tracking import mark_changed


class Customer:
    changed = mark_changed

    def __init__(self, pk, email):
        self.pk = pk
        self.email = email

    def update_email(self, email):
        email = email.strip().lower()
        if email != self.email:
            self.email = email
            self.changed("email", "updated_at")
        return self
