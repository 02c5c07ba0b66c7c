"""Pure-Python encoder, used when wirefmt._speedups is not built."""


def encode(fields, _scratch=bytearray()):  # expect: HL101 confirmed
    start = len(_scratch)
    for key, value in fields.items():
        for part in (str(key).encode(), str(value).encode()):
            _scratch += b"%d:" % len(part)
            _scratch += part
            _scratch += b","
    body = bytes(_scratch[start:])
    return body
