"""Contact import: CRM and newsletter exports are merged with
itertools.chain and rows whose normalised e-mail was already seen are
dropped. The keyword-only seen-set default is shared by every import, so
each run's addresses stay in it."""
import itertools

_imports = itertools.count()


def unique_contacts(*sources, seen=set()):  # expect: HL101 confirmed
    for name, email in itertools.chain.from_iterable(sources):
        key = email.strip().lower()
        if not key or key in seen:
            continue
        seen.add(key)
        yield name.strip().title() or key.partition("@")[0], key


def import_contacts(crm_rows, newsletter_rows):
    return {email: name for name, email in unique_contacts(crm_rows, newsletter_rows)}


def scenario():
    n = next(_imports)
    crm = [("ada lovelace", "Ada%d@Example.org" % n), ("alan turing", "alan%d@example.org" % n)]
    newsletter = [("Ada", " ada%d@example.org " % n), ("", "grace%d@example.org" % n), ("", "")]
    return len(import_contacts(crm, newsletter))
