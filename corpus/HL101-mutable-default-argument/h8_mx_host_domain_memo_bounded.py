"""Mailer: the MX host is memoised per domain; addresses are fresh every call but there are only three domains once the address is split and lower-cased."""
import itertools

KNOWN_MX = {"example.com": "mx1.example.com", "corp.test": "mail.corp.test"}
DOMAINS = ["Example.com", "CORP.test", "shop.test"]


def mail_host(address, _by_domain={}):  # expect: HL101 refuted
    domain = address.rsplit("@", 1)[1].strip().lower()
    if domain in _by_domain:
        return _by_domain[domain]
    host = KNOWN_MX.get(domain, f"mx.{domain}")
    _by_domain[domain] = host
    return host


_mails = itertools.count()


def scenario():
    n = next(_mails)
    return mail_host(f"User.{n}@{DOMAINS[n % 3]} ")
