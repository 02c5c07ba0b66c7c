import itertools

from library import Book, checkout, give_back

from .factories import member_factory

_seq = itertools.count(1)


def _book():
    return Book(f"978-{next(_seq):07d}", "Field Guide to Moths")


def _refused(error, member, book):
    try:
        checkout(member, book)
    except error:
        return True
    return False


def test_checkout_and_return():
    member, book = member_factory(f"reader-{next(_seq)}"), _book()
    checkout(member, book), give_back(member, book)
    assert book.holder is None and not member.loans


def test_double_checkout_rejected():
    member, book = member_factory(f"reader-{next(_seq)}", tier="plus"), _book()
    checkout(member, book)
    assert _refused(LookupError, member, book)
    give_back(member, book)


def test_basic_limit():
    member, books = member_factory(f"reader-{next(_seq)}"), [_book() for _ in range(3)]
    assert [checkout(member, book) for book in books[:2]] == [1, 2]
    assert _refused(PermissionError, member, books[2])
    give_back(member, books[0]), give_back(member, books[1])
