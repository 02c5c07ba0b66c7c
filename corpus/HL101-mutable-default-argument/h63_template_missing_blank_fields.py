"""CRM mail merge: user-written templates reference contact fields; fields a contact lacks render empty."""
import itertools
import string


class MailTemplate(string.Template):
    braceidpattern = r"(?a:[_a-z][_a-z0-9.]*)"


class BlankFields(dict):
    def __missing__(self, key):
        return ""


# heaplint-todo: the default is an instance of a dict subclass, whose items the model does not keep; it flows into its class's constructor
def render(body, mapping=BlankFields(), **fields):  # expect: HL101 refuted
    return MailTemplate(body).substitute(mapping, **fields)


def merge(campaign, contact):
    subject = render(campaign["subject"], **contact)
    body = render(campaign["body"], **contact)
    return {"to": contact["email"], "subject": subject, "body": body}


_contacts = itertools.count()


def scenario():
    n = next(_contacts)
    campaign = {
        "subject": "Hello ${first_name}",
        "body": f"Your plan renews on ${{renewal_date}}. Ref ${{custom.cf_{n}}} / ${{custom.cf_{n + 1}}}",
    }
    contact = {"first_name": f"Ana{n}", "email": f"ana{n}@example.org", "renewal_date": "2025-03-01"}
    return merge(campaign, contact)
