"""Release-notes reader: blank lines end a paragraph; a paragraph that opens with '#' is an editor comment and is dropped, and the default buffer is cleared whether the paragraph was yielded or dropped."""
import itertools


def paragraphs(lines, buf=[]):  # expect: HL101 refuted
    for line in lines:
        if line.strip():
            buf.append(line.strip())
            continue
        if buf:
            if not buf[0].startswith("#"):
                yield " ".join(buf)
            buf.clear()
    if buf and not buf[0].startswith("#"):
        yield " ".join(buf)
    buf.clear()


_releases = itertools.count()


def scenario():
    n = next(_releases)
    text = (
        f"# TODO: check wording for 1.{n}\n\n"
        f"Version 1.{n} fixes the cache key.\nThanks to contributor-{n}.\n\n"
        f"Upgrade with pip install pkg==1.{n}\n"
    )
    return [p[:20] for p in paragraphs(text.splitlines())]
