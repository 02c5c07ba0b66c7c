"""Column matcher: misspelled CSV headers are matched against a default vocabulary list with difflib.get_close_matches."""
import difflib
import itertools


def suggest(header, vocabulary=["customer_id", "order_date", "total", "currency"]):  # expect: HL101 unknown
    matches = difflib.get_close_matches(header.lower(), vocabulary, n=1, cutoff=0.6)
    return matches[0] if matches else None


_files = itertools.count()


def scenario():
    n = next(_files)
    headers = ["Custmer_ID", "order_dat", f"extra_{n}"]
    return [suggest(h) for h in headers]
