"""The loan desk: how many books each tier may hold, checkout and return."""
LIMITS = {"basic": 2, "plus": 5, "staff": 20}


def checkout(member, book):
    if book.holder is not None:
        raise LookupError(f"{book.isbn} is already out")
    if len(member.loans) >= LIMITS[member.tier]:
        raise PermissionError(f"{member.name} is at the {member.tier} limit")
    book.holder = member.card
    member.loans.append(book.isbn)
    return len(member.loans)


def give_back(member, book):
    member.loans.remove(book.isbn)
    book.holder = None
