"""Migration runner: `pending()` is a generator over the plan sorted by
migration number; it skips labels already in the `applied` set default
(continue) and adds each label it yields to it. Every tenant database has
its own app label, so the set collects all of them."""
import dataclasses
import itertools
import operator

_tenants = itertools.count()


@dataclasses.dataclass(frozen=True)
class Migration:
    app: str
    number: int
    name: str


def pending(plan, applied=set()):  # expect: HL101 confirmed
    for migration in sorted(plan, key=operator.attrgetter("number")):
        label = "%s.%04d_%s" % (migration.app, migration.number, migration.name)
        if label in applied:
            continue
        applied.add(label)
        yield migration


def migrate(tenant, plan):
    return ["%s: %s" % (tenant, migration.name) for migration in pending(plan)]


def scenario():
    app = "tenant_%d" % next(_tenants)
    plan = [Migration(app, 2, "add_email"), Migration(app, 1, "initial"), Migration(app, 3, "index_email")]
    return migrate(app, plan)
