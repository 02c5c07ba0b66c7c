from netkit.cookies import JAR as SESSION_JAR, parse_set_cookie

from .transport import fetch


def login(user, cookies=SESSION_JAR):  # expect: HL101 confirmed
    """Sign in; the server's cookies land in `cookies` (the shared jar by default)."""
    response = fetch("/login", user, cookies)
    for header in response["set_cookie"]:
        name, value = parse_set_cookie(header)
        cookies[name] = value
    return response["status"], cookies
