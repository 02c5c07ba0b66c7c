"""Upload scanner: check what each newly uploaded file really contains."""
# oracle: calls=200
import itertools

import tinyhttp.api as client

_uploads = itertools.count(1)
SUFFIXES = (".pdf", ".png", ".json", ".html")


def scenario():
    n = next(_uploads)
    url = "https://files.example.com/u/%d/report%s" % (n, SUFFIXES[n % 4])
    return client.sniff_type(url)
