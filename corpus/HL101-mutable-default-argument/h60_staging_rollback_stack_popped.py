"""Deploy staging: each artifact is staged with an undo callback so a failed release can roll back."""
import contextlib
import itertools

STAGED = {}


def unstage(name):
    STAGED.pop(name, None)


def stage_release(artifacts, rollback=contextlib.ExitStack()):  # expect: HL101 refuted
    for name, digest in artifacts.items():
        STAGED[name] = digest
        rollback.callback(unstage, name)
    if any(not d.startswith("sha256:") for d in artifacts.values()):
        rollback.close()
        raise ValueError("unsigned artifact in release")
    rollback.pop_all()
    return sorted(artifacts)


def promote(names):
    return [STAGED.pop(name) for name in names]


_releases = itertools.count()


def scenario():
    n = next(_releases)
    artifacts = {f"web-{n}.whl": f"sha256:{n:064x}", f"web-{n}.tar.gz": f"sha256:{n + 1:064x}"}
    return len(promote(stage_release(artifacts)))
