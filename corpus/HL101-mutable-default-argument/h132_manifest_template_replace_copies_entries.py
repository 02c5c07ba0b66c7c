"""Release packager: `build_manifest()` lists a release's files relative to
its build root, starting from a default template `Manifest` that carries the
entries every release ships. The template is cloned with
`dataclasses.replace()` and a fresh copy of its entry list, so the release's
own files go into the clone only."""
import dataclasses
import itertools
from pathlib import PurePosixPath

_releases = itertools.count()
SKIPPED = (".pyc", ".orig", ".rej")


@dataclasses.dataclass
class Manifest:
    name: str
    entries: list = dataclasses.field(default_factory=list)

    def add(self, path):
        self.entries.append(path.as_posix())


def build_manifest(root, files, template=Manifest("base", ["LICENSE", "README.md"])):  # expect: HL101 refuted
    manifest = dataclasses.replace(template, name=root.name, entries=list(template.entries))
    for path in map(PurePosixPath, files):
        if path.suffix in SKIPPED:
            continue
        manifest.add(path.relative_to(root) if path.is_absolute() else path)
    return manifest


def scenario():
    n = next(_releases)
    root = PurePosixPath("/build/app-1.%d" % n)
    files = [root / "app" / "__init__.py", root / "app" / ("m_%04d.py" % n), str(root / "app" / "cli.pyc")]
    manifest = build_manifest(root, files)
    return "%s: %d files" % (manifest.name, len(manifest.entries))
