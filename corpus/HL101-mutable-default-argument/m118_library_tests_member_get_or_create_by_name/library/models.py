class Member:
    def __init__(self, card, name, tier):
        self.card = card
        self.name = name
        self.tier = tier
        self.loans = []


class Book:
    def __init__(self, isbn, title):
        self.isbn = isbn
        self.title = title
        self.holder = None
