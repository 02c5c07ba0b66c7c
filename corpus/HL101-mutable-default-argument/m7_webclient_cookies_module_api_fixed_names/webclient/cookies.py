"""Set-Cookie handling (requests-like): the module-level API shares one jar, sessions pass their own."""


def parse_set_cookie(value):
    pair, _, _attrs = value.partition(";")
    name, _, morsel = pair.partition("=")
    return name.strip(), morsel.strip()


def extract_cookies(headers, jar={}):  # expect: HL101 refuted
    for name, value in headers:
        if name.lower() == "set-cookie":
            cookie_name, morsel = parse_set_cookie(value)
            jar[cookie_name] = morsel
    return jar
