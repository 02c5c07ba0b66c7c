"""In-process stand-in for the HTTP layer."""


def fetch(path, user, cookies):
    token = f"{len(cookies):04d}{sum(map(ord, user)):06d}"
    return {
        "status": 200,
        "path": path,
        "set_cookie": [f"csrf_{user}={token}; Path=/; HttpOnly"],
    }
