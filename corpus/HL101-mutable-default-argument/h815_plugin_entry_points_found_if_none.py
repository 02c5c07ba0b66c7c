"""Plugin loader: collects the entry points of a group from the installed
distributions' metadata; callers may pass a list to accumulate into."""
import itertools

_installs = itertools.count()


def discover(group, installed, found=[]):  # expect: HL101 confirmed
    found = [] if found is None else found
    for dist, entry_points in installed.items():
        for name, target in entry_points.get(group, {}).items():
            found.append((dist, name, target))
    return found


def load_exporters(installed):
    return {name: target for _, name, target in discover("app.exporters", installed)}


def scenario():
    n = next(_installs)
    installed = {
        "core": {"app.exporters": {"csv": "core.csv:CsvExporter"}},
        "ext-%d" % n: {"app.exporters": {"pdf%d" % n: "ext%d.pdf:PdfExporter" % n}},
    }
    return load_exporters(installed)
