"""Path normaliser for a cross-platform sync client. `PosixNormalizer` maps a
leading alias segment to a mount root; `UncNormalizer` turns `\\\\host\\share`
paths into mounted POSIX paths and hands its default alias table to the base
class through super(), which files the share ("host-share") in that table."""
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


class UncNormalizer(PosixNormalizer):
    def __init__(self, share, mount, aliases={}):  # expect: HL101 confirmed
        super().__init__(aliases, self._alias(share), mount)

    @staticmethod
    def _alias(drive):
        return "-".join(drive.strip("\\").split("\\", 1)).lower()

    def normalize(self, path):
        drive, rest = ntpath.splitdrive(path)
        return super().normalize("%s/%s" % (self._alias(drive), rest.replace("\\", "/")))


def scenario():
    n = next(_mounts)
    norm = UncNormalizer("\\\\NAS%d\\Projects" % n, "/mnt/nas%d" % n)
    return norm.normalize("\\\\NAS%d\\Projects\\2024\\..\\report-%d.txt" % (n, n))
