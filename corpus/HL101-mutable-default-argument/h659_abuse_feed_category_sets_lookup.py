"""Abuse-report intake: each CSV line `category,value,reporter` names an
IP, a domain or an account. Reports are only checked against the known set
for their category (the sets are curated elsewhere), so the default's
per-category sets are read and never written."""
import itertools

_reports = itertools.count()


def intake(line, known={"ip": {"10.0.0.1"}, "domain": {"spam.example"}, "account": set()}):  # expect: HL101 refuted
    category, value, reporter = (field.strip() for field in line.split(",", 2))
    bucket = known.get(category)
    if bucket is None:
        return "rejected"
    if value.lower() in bucket:
        return "duplicate"
    return f"new {category} from {reporter}"


def scenario():
    n = next(_reports)
    category = ("ip", "domain", "account")[n % 3]
    value = {"ip": f"192.0.{n // 256 % 256}.{n % 256}-{n}", "domain": f"promo{n}.example", "account": f"user_{n}"}[category]
    return intake(f"{category}, {value}, reporter{n % 9}")
