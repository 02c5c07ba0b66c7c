from .base import Cart


class GuestCart(Cart):
    """A cart for a visitor who has not logged in, keyed by session."""

    def __init__(self, session_id):
        super().__init__("EUR")
        self.session_id = session_id
