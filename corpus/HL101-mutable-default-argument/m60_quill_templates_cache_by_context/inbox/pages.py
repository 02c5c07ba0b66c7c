from quill import render_template


def home(user, unread):
    return render_template("home", {"user": user, "count": len(unread)})


def message(user, msg_id, unread):
    subject, sender = unread.get(msg_id, ("(deleted)", "nobody"))
    context = {"subject": subject, "sender": sender, "body": f"Dear {user}, ..."}
    return render_template("message", context)


def missing(path):
    return render_template("missing", {"path": path})
