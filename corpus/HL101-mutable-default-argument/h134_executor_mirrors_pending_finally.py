"""Mirror picker: submits one download to several mirrors and keeps the
first answer. The `completed()` generator tracks outstanding futures in its
default set and discards each as it yields it; when the caller returns after
the first, closing the generator, its `finally` drops the rest."""
import concurrent.futures
import itertools

_files = itertools.count()
MIRRORS = ("eu1.mirror.example", "us2.mirror.example", "ap1.mirror.example")


def completed(futures, pending=set()):  # expect: HL101 refuted
    pending.update(futures)
    try:
        for future in concurrent.futures.as_completed(futures):
            pending.discard(future)
            yield future.result()
    finally:
        pending.difference_update(futures)


def download(mirror, path):
    return "https://%s/%s" % (mirror, path)


def scenario():
    path = "pkgs/tool-1.%d.tar.gz" % next(_files)
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(download, mirror, path) for mirror in MIRRORS]
        for url in completed(futures):
            return url
