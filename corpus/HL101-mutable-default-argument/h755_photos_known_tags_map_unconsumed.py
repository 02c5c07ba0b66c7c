"""Photo library: normalises the labels a vision model returns for a photo
and means to remember which tags the library has seen. New tags are
"recorded" with a bare `map(known_tags.append, new)`, a Python 2 idiom: the
lazy map is never iterated, so no append runs and the default stays empty."""
import itertools

_photos = itertools.count()


def tag_photo(photo_id, labels, known_tags=[]):  # expect: HL101 refuted
    cleaned = [label.strip().lower().replace(" ", "-") for label in labels]
    new = [tag for tag in cleaned if tag not in known_tags]
    map(known_tags.append, new)
    return {"photo": photo_id, "tags": cleaned, "new": len(new)}


def scenario():
    n = next(_photos)
    return tag_photo(f"IMG_{n:05d}", ["Sunset", f"Trip {n}", f"Album {n} Cover"])
