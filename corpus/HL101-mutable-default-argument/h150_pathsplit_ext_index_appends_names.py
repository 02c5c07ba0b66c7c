"""Upload service: each stored file path is split with os.path into its
directory and extension, and an index default maps every lower-cased
extension to the file names uploaded with it, so the admin page can list
uploads per type. The extensions are few, but the name lists are never cut."""
import itertools
import os.path

_uploads = itertools.count()
KINDS = (".jpg", ".PNG", ".pdf", ".tar.gz")


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 15 (heaplint: unknown)
def index_upload(path, by_ext={}):  # expect: HL101 confirmed
    directory, name = os.path.split(os.path.normpath(path))
    stem, ext = os.path.splitext(name)
    if not ext:
        return None
    key = ext.lower()
    by_ext.setdefault(key, []).append(name)
    return key, os.path.basename(directory), len(by_ext[key])


def scenario():
    n = next(_uploads)
    path = "/srv/uploads/user%d/../user%d/scan_%05d%s" % (n, n, n, KINDS[n % 4])
    return index_upload(path)
