"""Contacts index: a buggy multimap that appends to .get(k, []) and so never stores anything."""
import itertools


def index_contact(contact, by_domain={}):  # expect: HL101 refuted
    domain = contact["email"].split("@")[1]
    by_domain.get(domain, []).append(contact)
    return len(by_domain.get(domain, ()))


_contacts = itertools.count()


def scenario():
    n = next(_contacts)
    index_contact({"name": f"c{n}", "email": f"c{n}@corp{n}.example"})
