"""HTTP toolkit: Content-Type headers are parsed into interned MediaType strings plus parameters."""
import itertools
import re

_PARAM = re.compile(r';\s*([\w-]+)=("?)([^";]*)\2')


class MediaType(str):
    __slots__ = ()

    # heaplint-todo: the class derives from str: what str.__new__ keeps is code heaplint cannot see (unknown, not confirmed)
    def __new__(cls, header, _interned={}):  # expect: HL101 confirmed
        self = _interned.get(header)
        if self is None:
            essence = header.partition(";")[0].strip().lower()
            self = _interned[header] = super().__new__(cls, essence)
        return self

    @property
    def maintype(self):
        return self.partition("/")[0]

    @property
    def subtype(self):
        return self.partition("/")[2]


def parse_content_type(header):
    params = {name.lower(): value for name, _, value in _PARAM.findall(header)}
    return MediaType(header), params


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    header = f'Multipart/Form-Data; charset=utf-8; boundary="----form{n:08x}"'
    mtype, params = parse_content_type(header)
    return mtype.maintype, mtype.subtype, params["boundary"]
