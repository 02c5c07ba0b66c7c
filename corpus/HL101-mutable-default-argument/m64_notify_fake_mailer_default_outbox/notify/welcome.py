from .mailer import RelayMailer


def send_welcome(user, mailer):
    subject = f"Welcome, {user['name']}!"
    return mailer.send(user["email"], subject, "Thanks for signing up.")


def signup(name, relay):
    user = {"name": name, "email": f"{name}@example.org"}
    send_welcome(user, RelayMailer(relay))
    return user
