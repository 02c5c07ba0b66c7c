"""Upload service: each stored file path is split with os.path into its
directory and extension, and an index default maps every lower-cased
extension to (count, latest file name), so the admin page can show how many
uploads of each type there were and the newest one. Each entry is replaced."""
import itertools
import os.path

_uploads = itertools.count()
KINDS = (".jpg", ".PNG", ".pdf", ".tar.gz")


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 15, 18 (heaplint: unknown)
def index_upload(path, by_ext={}):  # expect: HL101 refuted
    directory, name = os.path.split(os.path.normpath(path))
    stem, ext = os.path.splitext(name)
    if not ext:
        return None
    key = ext.lower()
    count, _previous = by_ext.get(key, (0, None))
    by_ext[key] = (count + 1, name)
    return key, os.path.basename(directory), by_ext[key][0]


def scenario():
    n = next(_uploads)
    path = "/srv/uploads/user%d/../user%d/scan_%05d%s" % (n, n, n, KINDS[n % 4])
    return index_upload(path)
