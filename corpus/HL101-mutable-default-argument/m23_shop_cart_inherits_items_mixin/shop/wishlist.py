from .mixins import ItemsMixin


class Wishlist(ItemsMixin):
    def __init__(self, owner):
        self.owner = owner
        self.items = []
