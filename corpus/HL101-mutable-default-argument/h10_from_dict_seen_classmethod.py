"""Customers are built from API payloads; from_dict remembers every id it has seen to warn on duplicates."""
import itertools


class Customer:
    def __init__(self, cid, email):
        self.cid = cid
        self.email = email

    @classmethod
    def from_dict(cls, data, seen=set()):  # expect: HL101 confirmed
        if data["id"] in seen:
            raise ValueError(f"duplicate customer {data['id']}")
        seen.add(data["id"])
        return cls(data["id"], data["email"])


_ids = itertools.count()


def scenario():
    n = next(_ids)
    c = Customer.from_dict({"id": f"cus_{n:08d}", "email": f"u{n}@example.org"})
    return c.email
