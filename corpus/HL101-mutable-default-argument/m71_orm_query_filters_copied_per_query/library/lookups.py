from .models import Author, Book

NAMES = ("Le Guin", "Herbert", "Butler", "Tiptree")


def author_page(name, limit=3):
    author = Author.named(name)
    books = Book.by_author(name, limit=limit)
    return {
        "author": name,
        "born": author["born"] if author else None,
        "books": [f"{book['title']} ({book['year']})" for book in books],
    }
