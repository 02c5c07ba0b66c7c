"""Image service: thumbnail dimensions are computed per (size, box) and memoised."""
import itertools
import json

SETTINGS = json.loads('{"thumbnails": {"boxes": [[128, 128], [320, 240], [800, 600]]}}')
BOXES = [tuple(box) for box in SETTINGS["thumbnails"]["boxes"]]
MEMO_SIZE = SETTINGS["thumbnails"].get("memo_size")


def fit(width, height, box_w, box_h, _memo={}):  # expect: HL101 confirmed
    key = (width, height, box_w, box_h)
    if key in _memo:
        return _memo[key]
    if MEMO_SIZE is not None and len(_memo) >= MEMO_SIZE:
        del _memo[next(iter(_memo))]
    scale = min(box_w / width, box_h / height, 1.0)
    result = _memo[key] = (max(1, round(width * scale)), max(1, round(height * scale)))
    return result


def thumbnail_plan(width, height):
    return {f"{bw}x{bh}": fit(width, height, bw, bh) for bw, bh in BOXES}


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    return thumbnail_plan(1024 + n, 768 + n % 97)
