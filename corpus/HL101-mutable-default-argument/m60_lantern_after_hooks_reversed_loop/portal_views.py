"""Login and dashboard views of the customer portal."""


def set_cookie(name, value):
    def hook(response):
        response["headers"].append(("Set-Cookie", f"{name}={value}; HttpOnly"))
        return response

    return hook


def login(ctx):
    user = ctx.request["form"]["user"]
    ctx.after_this_request(set_cookie("session", f"s-{user}"))
    return {"status": 302, "headers": [("Location", "/dashboard")], "body": ""}


def dashboard(ctx):
    return {"status": 200, "headers": [], "body": f"hi {ctx.request['form'].get('user')}"}


VIEWS = {"/login": login, "/dashboard": dashboard}
