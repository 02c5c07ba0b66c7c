from .contact import Contact


class Lead(Contact):
    """A contact that has not bought anything yet."""

    def __init__(self, email, stage="new"):
        super().__init__(email)
        self.stage = stage

    def qualify(self, seats):
        self.stage = "qualified" if seats >= 50 else "nurture"
        return self.stage
