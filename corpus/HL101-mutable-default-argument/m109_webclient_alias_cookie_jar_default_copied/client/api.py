from netkit.cookies import JAR as SESSION_JAR, parse_set_cookie

from .transport import fetch


def login(user, cookies=SESSION_JAR):  # expect: HL101 refuted
    """Sign in; returns a new jar: `cookies` (the shared jar by default) plus the server's."""
    jar = dict(cookies)
    response = fetch("/login", user, jar)
    for header in response["set_cookie"]:
        name, value = parse_set_cookie(header)
        jar[name] = value
    return response["status"], jar
