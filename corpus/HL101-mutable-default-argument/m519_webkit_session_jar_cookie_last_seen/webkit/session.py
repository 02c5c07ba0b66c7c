class CookieJar:
    def __init__(self):
        self._cookies = {}

    def set(self, name, value):
        self._cookies[name] = value

    def items(self):
        return self._cookies.items()


class Session:
    def __init__(self, key, jar=CookieJar()):  # expect: HL101 refuted
        self.key = key
        self._jar = jar

    def cookies(self):
        return self._jar

    def cookie_header(self):
        return "; ".join("%s=%s" % kv for kv in sorted(self.cookies().items())[:4])
