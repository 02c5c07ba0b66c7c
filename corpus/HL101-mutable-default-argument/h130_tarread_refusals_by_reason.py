"""Upload scanner: `plan_extraction()` reads an uploaded tarball from memory
and refuses members that escape the target (absolute paths, `..`) or are
links. Refusals are tallied in a default `defaultdict(int)` keyed by reason."""
import collections
import io
import itertools
import tarfile

_uploads = itertools.count()


def _refusal(member):
    escapes = member.name.startswith("/") or ".." in member.name.split("/")
    return "escapes" if escapes else ("link" if member.issym() or member.islnk() else None)


def plan_extraction(label, blob, refused=collections.defaultdict(int)):  # expect: HL101 refuted
    keep = []
    try:
        with tarfile.open(fileobj=io.BytesIO(blob), mode="r:") as tf:
            for member in tf:
                why = _refusal(member)
                if why is None:
                    keep.append(member.name)
                    continue
                refused[why] += 1
    except tarfile.ReadError:
        return [], "unreadable"
    return keep, ", ".join("%s=%d" % item for item in sorted(refused.items()))


def scenario():
    n = next(_uploads)
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        for name in ("pkg-%d/setup.py" % n, "../../etc/cron.d/job%d" % n, "/tmp/drop%d" % n):
            info = tarfile.TarInfo(name)
            info.size = len(name)
            tf.addfile(info, io.BytesIO(name.encode()))
    return plan_extraction("upload-%d.tar" % n, buf.getvalue())
