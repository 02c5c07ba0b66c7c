"""SDK request builder: PutObject turns user metadata into x-amz-meta-* headers
and fills them, then the client's default headers, into a headers argument with
setdefault so explicit headers win. The headers default is one dict shared by
every call, but the metadata names are always the same two: setdefault keeps
the first value under each name and the dict stops growing."""
import itertools

_ids = itertools.count()


class PutObjectBuilder:
    DEFAULT_HEADERS = {"User-Agent": "storage-sdk/2.4", "Accept": "application/json"}

    def build(self, bucket, key, body, metadata=None, headers={}):  # expect: HL101 refuted
        for name, value in (metadata or {}).items():
            headers.setdefault(f"x-amz-meta-{name.lower()}", str(value))
        for name, value in self.DEFAULT_HEADERS.items():
            headers.setdefault(name, value)
        headers.setdefault("Content-Length", str(len(body)))
        return {"method": "PUT", "url": f"https://{bucket}.s3.example.com/{key}",
                "headers": dict(headers), "body": body}


def scenario():
    n = next(_ids)
    meta = {"Camera": "x100", "Original-Name": f"IMG_{n:05d}.jpg"}
    req = PutObjectBuilder().build(f"media-{n % 4}", f"uploads/{n}.jpg", b"\xff\xd8", meta)
    return len(req["headers"])
