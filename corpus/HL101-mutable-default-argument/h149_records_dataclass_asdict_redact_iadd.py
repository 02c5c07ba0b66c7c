"""API views render dataclass records with `to_payload`, which drops the
redacted fields. Views pass their own extra redactions through **options;
the default list is extended with `+=`, which mutates it in place, so each
view's tenant-specific redaction stays in the shared default."""
import dataclasses
import itertools

_views = itertools.count()


@dataclasses.dataclass
class Account:
    id: int
    owner: str
    password_hash: str
    api_token: str


def to_payload(record, redact=["password_hash", "api_token"], extra_redact=()):  # expect: HL101 confirmed
    redact += [name for name in extra_redact if name not in redact]
    return {k: v for k, v in dataclasses.asdict(record).items() if k not in redact}


def render(record, **options):
    payload = to_payload(record, **options)
    return ", ".join("%s=%s" % item for item in sorted(payload.items()))


def scenario():
    n = next(_views)
    acct = Account(n, "user%d" % n, "h%x" % (n * 7919), "tok-%d" % n)
    return render(acct, extra_redact=["owner", "tenant_%d_secret" % n])
