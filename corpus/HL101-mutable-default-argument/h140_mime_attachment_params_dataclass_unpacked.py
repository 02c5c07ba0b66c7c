"""Attachment building: parts are dataclasses carrying Content-Disposition
parameters as a list of (key, value) pairs, the shape email.message uses.
attachment() builds a new list for the dataclass by unpacking its params
default and adding the filename pair, so the default itself stays empty."""
import base64
import itertools
from dataclasses import dataclass

_files = itertools.count()


@dataclass
class Part:
    content_type: str
    payload: bytes
    params: list

    def render(self):
        disposition = "; ".join(["attachment"] + ['%s="%s"' % kv for kv in self.params[-3:]])
        body = base64.encodebytes(self.payload).decode("ascii")
        return "Content-Type: %s\r\nContent-Disposition: %s\r\n\r\n%s" % (
            self.content_type, disposition, body)


def attachment(filename, data, content_type="application/octet-stream", params=[]):  # expect: HL101 refuted
    part = Part(content_type, data, [*params, ("filename", filename)])
    return part


def scenario():
    n = next(_files)
    part = attachment("invoice-%05d.pdf" % n, b"%%PDF-1.4 invoice %d" % n, "application/pdf")
    return len(part.render())
