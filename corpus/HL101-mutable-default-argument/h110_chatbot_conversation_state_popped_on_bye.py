"""Chat bot framework: a `ConversationRouter` walks each user through a
sign-up flow and keeps per-user conversation state in a dict it takes as a
default, so every router in the process sees the same sessions. When the
user says goodbye the state is popped out of the dict, and every
conversation ends with a goodbye."""
import itertools

_users = itertools.count()


class ConversationRouter:
    def __init__(self, sessions={}):  # expect: HL101 refuted
        self.sessions = sessions

    def handle(self, user_id, text):
        if text.lower() in ("bye", "quit"):
            state = self.sessions.pop(user_id, None) or {"answers": {}}
            return "See you, %s!" % state["answers"].get("name", "stranger")
        state = self.sessions.setdefault(user_id, {"step": "ask_name", "answers": {}})
        if state["step"] == "ask_name":
            state["answers"]["name"] = text.strip().title()
            state["step"] = "ask_email"
            return "Hi %s, what's your email?" % state["answers"]["name"]
        state["answers"]["email"] = text.strip()
        state["step"] = "confirm"
        return "Thanks, we'll write to %(email)s." % state["answers"]


def scenario():
    n = next(_users)
    router = ConversationRouter()
    user = "U%06d" % n
    replies = [router.handle(user, text) for text in ("ada lovelace", "ada%d@example.org" % n, "bye")]
    return len(replies)
