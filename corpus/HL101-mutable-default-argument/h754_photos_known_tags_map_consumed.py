"""Photo library: normalises the labels a vision model returns for a photo
and remembers which tags the library has seen. New tags are recorded with
`list(map(known_tags.append, new))`, which runs every append, so each
photo's fresh tags accumulate in the default list."""
import itertools

_photos = itertools.count()


def tag_photo(photo_id, labels, known_tags=[]):  # expect: HL101 confirmed
    cleaned = [label.strip().lower().replace(" ", "-") for label in labels]
    new = [tag for tag in cleaned if tag not in known_tags]
    list(map(known_tags.append, new))
    return {"photo": photo_id, "tags": cleaned, "new": len(new)}


def scenario():
    n = next(_photos)
    return tag_photo(f"IMG_{n:05d}", ["Sunset", f"Trip {n}", f"Album {n} Cover"])
