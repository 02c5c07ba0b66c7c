"""ORM-ish option resolution: a model's ``Meta`` is merged over the library
defaults, and each custom permission becomes a ``perm.<codename>`` option.
Report models (and their ``Meta``) are generated per saved report."""
import itertools

DEFAULT_OPTIONS = {"ordering": (), "managed": True, "db_table": None}
OPTION_NAMES = ("ordering", "managed", "db_table")
_reports = itertools.count()


def resolve_options(meta, defaults=DEFAULT_OPTIONS):  # expect: HL101 confirmed
    options = defaults
    options.update({name: getattr(meta, name) for name in OPTION_NAMES if hasattr(meta, name)})
    options.update(("perm." + code, text) for code, text in getattr(meta, "permissions", ()))
    return options


def report_meta(report_id):
    return type("Meta", (), {
        "db_table": "reports_report_%d" % report_id,
        "permissions": [("view_report_%d" % report_id, "Can view report %d" % report_id)],
    })


def scenario():
    n = next(_reports)
    options = resolve_options(report_meta(n))
    return options["db_table"], options["managed"], options.get("perm.view_report_%d" % n)
