"""Migration runner: `pending()` is a generator over the plan sorted by
migration number; it skips labels already in the `applied` set default
(continue), which is only read. The caller builds the set of labels it ran
in a comprehension of its own and returns it."""
import dataclasses
import itertools
import operator

_tenants = itertools.count()


@dataclasses.dataclass(frozen=True)
class Migration:
    app: str
    number: int
    name: str


def label(migration):
    return "%s.%04d_%s" % (migration.app, migration.number, migration.name)


def pending(plan, applied=set()):  # expect: HL101 refuted
    for migration in sorted(plan, key=operator.attrgetter("number")):
        if label(migration) in applied:
            continue
        yield migration


def migrate(tenant, plan):
    done = {label(migration) for migration in pending(plan)}
    return sorted(done)


def scenario():
    app = "tenant_%d" % next(_tenants)
    plan = [Migration(app, 2, "add_email"), Migration(app, 1, "initial"), Migration(app, 3, "index_email")]
    return migrate(app, plan)
