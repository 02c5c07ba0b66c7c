from .models import Account


def clean(form):
    data = {}
    for key, value in form.items():
        if isinstance(value, str):
            value = value.lower()
        data[key] = value
    return data


def signup(form):
    data = clean(form)
    try:
        account = Account(data["username"], data["email"], data.get("ref"))
    except KeyError as exc:
        return None, {"missing": exc.args[0]}
    except ValueError as exc:
        return None, {"invalid": str(exc)}
    return account.as_dict(), None
