"""CRM sync: each call imports one new contact and one new lead."""
import itertools

from crm import Contact, Lead

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    contact = Contact(f"C{n:06d}", "ana", f"buyer{n}@shop{n}.example")
    lead = Lead(f"L{n:06d}", "ben", "webinar")
    lead.tag("Hot" if n % 2 else "Cold")
    return contact.describe(), lead.has_tag("hot")
