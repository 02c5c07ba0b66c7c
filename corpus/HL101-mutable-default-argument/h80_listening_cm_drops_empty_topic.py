"""Per-job event listeners attached with a context manager around the job's steps."""
import contextlib
import itertools
import textwrap


@contextlib.contextmanager
def listening(topic, fn, _bus={}):  # expect: HL101 refuted
    _bus.setdefault(topic, []).append(fn)
    try:
        yield _bus[topic]
    finally:
        _bus[topic].remove(fn)
        if not _bus[topic]:
            del _bus[topic]


def build_site(job_id, pages):
    log = []

    def collect(step, detail):
        log.append(f"[{job_id}] {step}: {textwrap.shorten(detail, 40)}")

    with listening(f"build.{job_id}", collect) as listeners:
        for page in pages:
            html = f"<h1>{page.title()}</h1>"
            for fn in listeners:
                fn("render", f"{page} -> {len(html)} bytes of html")
    return log


_builds = itertools.count()


def scenario():
    n = next(_builds)
    return build_site(f"b{n}", ["index", f"post-{n}", "about"])
