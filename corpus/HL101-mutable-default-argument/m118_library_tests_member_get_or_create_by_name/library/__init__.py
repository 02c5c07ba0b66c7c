"""library: members, books and the loan desk."""
from .loans import checkout, give_back
from .models import Book, Member

__all__ = ["Book", "Member", "checkout", "give_back"]
