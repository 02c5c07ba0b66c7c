from .tracking import track


def render(name, context={"debug": True, "site": "blog"}):  # expect: HL101 confirmed
    count = track(dict(context), name)
    if context.get("debug") or context.get("trace"):
        count = track(context, name)
    site = context.get("site", "")
    return f"<!-- {site}:{count} --><main>{name}</main>"
