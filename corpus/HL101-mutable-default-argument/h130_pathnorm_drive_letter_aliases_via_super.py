"""Path normaliser for a cross-platform sync client. `PosixNormalizer` maps a
leading alias segment to a mount root; `DriveNormalizer` turns `C:\\...` paths
into mounted POSIX paths and hands its default alias table to the base class
through super(), which files the mount under the drive letter: at most one
entry per letter, each new mount replacing the last one for its letter."""
import itertools
import ntpath
import posixpath

_mounts = itertools.count()


class PosixNormalizer:
    def __init__(self, aliases, alias, root):
        self.aliases = aliases
        self.aliases[alias] = root

    def normalize(self, path):
        head, _, rest = path.strip("/").partition("/")
        if head not in self.aliases:
            raise KeyError("no mount for %r" % head)
        return posixpath.normpath(posixpath.join(self.aliases[head], rest.lstrip("/")))


class DriveNormalizer(PosixNormalizer):
    def __init__(self, drive, mount, aliases={}):  # expect: HL101 refuted
        super().__init__(aliases, drive[:1].lower(), mount)

    def normalize(self, path):
        drive, rest = ntpath.splitdrive(path)
        return super().normalize("%s/%s" % (drive[:1].lower(), rest.replace("\\", "/")))


def scenario():
    n = next(_mounts)
    drive = "CDE"[n % 3] + ":"
    norm = DriveNormalizer(drive, "/mnt/win%d" % n)
    return norm.normalize("%s\\Users\\u%d\\..\\Shared\\notes-%d.txt" % (drive, n, n))
