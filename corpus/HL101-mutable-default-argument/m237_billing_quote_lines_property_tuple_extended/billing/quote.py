from .invoice import Invoice


class Quote(Invoice):
    """An unbinding invoice draft, valid for a few days."""

    def __init__(self, ref, postcode, valid_days=14):
        super().__init__(f"Q-{ref}")
        self.postcode = postcode
        self.valid_days = valid_days
